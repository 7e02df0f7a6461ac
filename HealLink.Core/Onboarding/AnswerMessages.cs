namespace HealLink.Core.Onboarding;

/// <summary>The gentle corrections shared by every question; each question's own wording lives with the question.</summary>
internal class AnswerMessages
{
    public static AnswerMessages English { get; } = new();

    public virtual string Empty => "I didn't get any text there — could you type your answer?";

    public virtual string EmptyOptional => "I didn't get any text there — could you type your answer, or tap Skip?";

    public virtual string NoContactDetails =>
        "Please leave out links and contact details — you'll talk through HealLink, which keeps you both safe.";

    public virtual string TooLong(int maxLength, int length) =>
        $"That's a bit long — could you keep it under {FreeText.Count(maxLength)} characters? (That was {FreeText.Count(length)}.)";

    public virtual string TooShort(int minLength) =>
        $"Could you write a little more? At least {FreeText.Count(minLength)} characters, please.";

    public virtual string ChooseOne(int optionCount) =>
        $"I didn't catch that — tap one of the buttons, or type its number (1–{optionCount}).";

    public virtual string OutOfRange(string number, int optionCount) =>
        $"There's no option {FreeText.Shorten(number, 12)} here — please choose a number from 1 to {optionCount}.";

    public virtual string NotAnOption(string typed, int optionCount) =>
        $"I couldn't find \"{FreeText.Shorten(typed, 40)}\" in the list — tap the options, or type their numbers (1–{optionCount}).";
}
