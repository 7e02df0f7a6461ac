namespace HealLink.Core.Pipeline.Pacing;

/// <summary>What someone who sends very fast is told, once.</summary>
public class PacingCopy
{
    public static PacingCopy English { get; } = new();

    public virtual string Slowed =>
        "You're sending messages very quickly, so I'll pass them on a little more slowly for now. Nothing is lost: "
        + "everything you send arrives, in order.";
}
