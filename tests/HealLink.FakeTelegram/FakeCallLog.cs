using System.Globalization;
using System.Text;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>Every request the fake answered, in the order answered.</summary>
internal sealed class FakeCallLog
{
    private readonly Lock _gate = new();
    private readonly List<FakeApiCall> _calls = [];

    public void Record(FakeApiCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    public IReadOnlyList<FakeApiCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls];
        }
    }

    /// <summary>The last calls, one a line, for a failure message.</summary>
    public string Describe(int most = 40)
    {
        var calls = Snapshot();
        if (calls.Count == 0)
        {
            return "The fake has received no request.";
        }

        var text = new StringBuilder().Append(
            CultureInfo.InvariantCulture, $"The last {Math.Min(most, calls.Count)} of {calls.Count} requests:");
        foreach (var call in calls.TakeLast(most))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {call.At:HH:mm:ss.fff} {call.Method} -> {call.StatusCode} ")
                .Append(ApiAnswers.Serialize(call.Parameters));
        }

        return text.ToString();
    }
}
