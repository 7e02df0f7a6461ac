using System.Globalization;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>The callback query ids the fake handed out, and the answers the bot gave, each id answerable once.</summary>
internal sealed class FakeCallbackQueries
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _open = [];
    private readonly List<FakeCallbackAnswer> _answers = [];
    private long _issued;

    public IReadOnlyList<FakeCallbackAnswer> Answers
    {
        get
        {
            lock (_gate)
            {
                return [.. _answers];
            }
        }
    }

    public string Issue()
    {
        lock (_gate)
        {
            var id = (4_382_000_000_000_000_000 + ++_issued).ToString(CultureInfo.InvariantCulture);
            _open.Add(id);
            return id;
        }
    }

    public void Answer(FakeCallbackAnswer answer)
    {
        lock (_gate)
        {
            if (!_open.Remove(answer.CallbackQueryId))
            {
                throw TelegramError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            _answers.Add(answer);
        }
    }
}
