namespace HealLink.Core.Onboarding;

/// <summary>The gentle corrections shared by every question; each question's own wording lives with the question.</summary>
internal static class AnswerMessages
{
    public const string Empty = "I didn't get any text there — could you type your answer?";

    public const string EmptyOptional = "I didn't get any text there — could you type your answer, or tap Skip?";

    public const string NoContactDetails =
        "Please leave out links and contact details — you'll talk through HealLink, which keeps you both safe.";

    public static string TooLong(int maxLength, int length) =>
        $"That's a bit long — could you keep it under {FreeText.Count(maxLength)} characters? (That was {FreeText.Count(length)}.)";

    public static string TooShort(int minLength) =>
        $"Could you write a little more? At least {FreeText.Count(minLength)} characters, please.";

    public static string ChooseOne(int optionCount) =>
        $"I didn't catch that — tap one of the buttons, or type its number (1–{optionCount}).";

    public static string OutOfRange(string number, int optionCount) =>
        $"There's no option {FreeText.Shorten(number, 12)} here — please choose a number from 1 to {optionCount}.";

    public static string NotAnOption(string typed, int optionCount) =>
        $"I couldn't find \"{FreeText.Shorten(typed, 40)}\" in the list — tap the options, or type their numbers (1–{optionCount}).";
}
