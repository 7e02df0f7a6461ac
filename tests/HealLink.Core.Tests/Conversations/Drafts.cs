namespace HealLink.Core.Tests.Conversations;

/// <summary>Answers past their question's limit, for the tests of drafts: the handler's, the pipeline's and /delete's.</summary>
internal static class Drafts
{
    /// <summary>One sentence of a story: 84 characters.</summary>
    public const string Sentence = "Dialysis three times a week, and the wait for a kidney feels longer every month now.";

    /// <summary>Eleven sentences and their spaces: what fits of <see cref="LongStory"/> in the intro's 1,000 characters.</summary>
    public static readonly string FirstPartOfLongStory = string.Join(' ', Enumerable.Repeat(Sentence, 11));

    /// <summary>A story of twelve sentences, 1,019 characters (more with a mark in front): past the intro's 1,000.</summary>
    public static string LongStory(string mark = "") => mark + string.Join(' ', Enumerable.Repeat(Sentence, 12));
}
