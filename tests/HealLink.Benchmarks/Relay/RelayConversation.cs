using System.Globalization;
using HealLink.Benchmarks.Shared;
using HealLink.Bot.Tests.Reliability;

namespace HealLink.Benchmarks.Relay;

/// <summary>Someone in an open conversation: the updates they send, and the name the other person reads before their words.</summary>
internal sealed record RelayPerson(ScriptedPerson Person, string Name);

/// <summary>A mentee and a mentor whose conversation is open, on the benchmark's platform.</summary>
internal sealed record RelayConversation(RelayPerson Mentee, RelayPerson Mentor)
{
    public ConversationPair Pair => new(Mentee.Person.UserId, Mentee.Name, Mentor.Person.UserId, Mentor.Name);

    public static RelayConversation Numbered(int number)
    {
        RelayPerson Person(string role)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{role}{number}");
            return new RelayPerson(new ScriptedPerson(name.ToLowerInvariant()), name);
        }

        return new RelayConversation(Person("Mentee"), Person("Mentor"));
    }
}
