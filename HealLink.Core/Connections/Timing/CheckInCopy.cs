namespace HealLink.Core.Connections.Timing;

/// <summary>What the bot says when it asks a mentee how their conversation is going.</summary>
internal class CheckInCopy
{
    public static CheckInCopy English { get; } = new();

    public virtual string GoingWellLabel => "It's going well";

    public virtual string RatherEndLabel => "I'd like to stop";

    // No pressure to answer, and stopping is framed as fine: a mentee who feels it isn't working should not feel stuck.
    public virtual string Question(string mentorName) =>
        $"How are things going with {mentorName}? I hope talking together has been a help. 🌱\n"
        + "There's nothing you need to do — just keep writing here whenever you like. "
        + "If it isn't working out, that's okay too: /end finishes the conversation kindly, "
        + "and /report lets our coordinators know if anything felt wrong.";
}
