using HealLink.Core.Languages;

namespace HealLink.Core.People;

/// <summary>Someone who talks to HealLink, on one or more platforms.</summary>
public sealed class Person
{
    public long Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by a coordinator: a suspended person can neither send messages through HealLink nor be matched.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }

    /// <summary>
    /// The language the bot speaks to them in: first guessed from their platform's language, then theirs to choose
    /// (/language, or naming only that language among the ones they speak).
    /// </summary>
    public Language Language { get; set; } = Language.English;

    public List<PlatformAccount> Accounts { get; set; } = [];

    public Profile? Profile { get; set; }
}
