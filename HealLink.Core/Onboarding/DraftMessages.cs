namespace HealLink.Core.Onboarding;

/// <summary>What we say about an answer past its limit, kept as a draft until the person chooses what to do with it.</summary>
internal class DraftMessages
{
    public static DraftMessages English { get; } = new();

    public virtual string FirstPartLabel => "Keep the first part";

    public virtual string ShorterLabel => "I'll send a shorter one";

    public virtual string Offer(int length, int maxLength, string firstPart) =>
        $"Thank you for writing all of that. It's {FreeText.Count(length)} characters and this answer fits up to "
        + $"{FreeText.Count(maxLength)}, so I've kept it as a draft — nothing is lost.\n"
        + $"I can keep the first part ({FreeText.Count(FreeText.Length(firstPart))} characters), ending at "
        + $"\"{FirstPart.Ending(firstPart)}\"\n"
        + "Or send a shorter one, and I'll use that instead.";

    public virtual string SendShorter(int maxLength) =>
        $"Of course — send it whenever you're ready, up to {FreeText.Count(maxLength)} characters. "
        + "I'll keep your longer version until then.";
}
