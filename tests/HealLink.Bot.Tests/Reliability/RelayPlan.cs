using System.Globalization;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>One message a person types to the bot, for the other person of their conversation.</summary>
internal sealed record PlannedMessage(FakeTelegramUser From, FakeTelegramUser To, string Text)
{
    /// <summary>As the other person reads it: the sender's first name, then the words.</summary>
    public string Relayed => $"{From.FirstName}: {Text}";
}

/// <summary>
/// Conversations between people on the fake server, each a mentee and a mentor, and every message they type, in the
/// order typed: both people of a conversation write, in a random mix, and conversations interleave at random. Every
/// text is unique, so each delivery can be traced to the message it carries.
/// </summary>
internal sealed class RelayPlan
{
    private RelayPlan(IReadOnlyList<(FakeTelegramUser Mentee, FakeTelegramUser Mentor)> conversations, IReadOnlyList<PlannedMessage> messages)
    {
        Conversations = conversations;
        Messages = messages;
    }

    public IReadOnlyList<(FakeTelegramUser Mentee, FakeTelegramUser Mentor)> Conversations { get; }

    public IReadOnlyList<PlannedMessage> Messages { get; }

    public IReadOnlyList<ConversationPair> Pairs =>
    [
        .. Conversations.Select(c => new ConversationPair(Id(c.Mentee), c.Mentee.FirstName, Id(c.Mentor), c.Mentor.FirstName)),
    ];

    /// <summary>What each person must read, by their chat: every message written to them, in the order written.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>> ExpectedByChat =>
        Conversations.SelectMany(c => new[] { c.Mentee, c.Mentor })
            .ToDictionary(person => person.ChatId, person => (IReadOnlyList<string>)[.. Messages.Where(m => m.To == person).Select(m => m.Relayed)]);

    public static RelayPlan Create(FakeTelegramServer telegram, int conversations, int messages, int seed)
    {
        ArgumentNullException.ThrowIfNull(telegram);
        var random = new Random(seed);
        var people = Enumerable.Range(1, conversations)
            .Select(n => (Mentee: telegram.CreateUser(Name("Mentee", n)), Mentor: telegram.CreateUser(Name("Mentor", n))))
            .ToList();
        var written = new Dictionary<FakeTelegramUser, int>();
        var plan = new List<PlannedMessage>(messages);
        for (var i = 0; i < messages; i++)
        {
            var (mentee, mentor) = people[random.Next(people.Count)];
            var (from, to) = random.Next(2) == 0 ? (mentee, mentor) : (mentor, mentee);
            var number = written[from] = written.GetValueOrDefault(from) + 1;
            plan.Add(new PlannedMessage(from, to, string.Create(CultureInfo.InvariantCulture, $"message {number} from {from.FirstName}")));
        }

        return new RelayPlan(people, plan);
    }

    /// <summary>
    /// Queues the messages at the fake as people would type them, about <paramref name="perSecond"/> a second in
    /// small batches, so receiving goes on while earlier messages are being delivered.
    /// </summary>
    public async Task TypeAsync(FakeTelegramServer telegram, int perSecond, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(telegram);
        var batch = Math.Max(1, perSecond / 10);
        foreach (var chunk in Messages.Chunk(batch))
        {
            foreach (var message in chunk)
            {
                telegram.EnqueueText(message.From, message.Text);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static string Name(string role, int number) => string.Create(CultureInfo.InvariantCulture, $"{role}{number:00}");

    private static string Id(FakeTelegramUser user) => user.Id.ToString(CultureInfo.InvariantCulture);
}
