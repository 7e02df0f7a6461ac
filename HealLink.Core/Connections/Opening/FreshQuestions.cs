using System.Globalization;
using HealLink.Core.Icebreakers;
using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// /icebreaker's three opening questions, without a model: those suited to where the mentee is and those that suit
/// any time, in the mentee's language; the next salt starts where the last three ended.
/// </summary>
public static class FreshQuestions
{
    public const int Count = 3;

    /// <returns>The lead ("Three ways to begin with Sam:") and the questions.</returns>
    public static (string Lead, IReadOnlyList<string> Questions) For(Profile reader, Profile other, long salt)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(other);
        var facts = PairFacts.Of(reader, other);
        var wording = TemplateWording.For(facts.Language);
        var readerIsMentor = reader.Role == Role.Mentor;
        var menteeStage = (readerIsMentor ? other : reader).Stage;
        var stage = menteeStage is Stage.Preparing or Stage.InHospital or Stage.RecoveringFirstMonths ? menteeStage.Value : TemplateWording.Later;
        List<string> bank =
        [
            .. (readerIsMentor ? wording.MentorAsks : wording.MenteeAsks)[stage].Select(Bare),
            .. readerIsMentor ? wording.MentorAsksAnyTime : wording.MenteeAsksAnyTime,
        ];
        var start = (int)((ulong)salt * Count % (ulong)bank.Count);
        var questions = Enumerable.Range(0, Count).Select(i => bank[(start + i) % bank.Count]).ToList();
        return (string.Format(CultureInfo.InvariantCulture, wording.SuggestionsLead, facts.Other.FirstName ?? wording.Someone), questions);
    }

    /// <summary>"You could ask: what helped you?" → "What helped you?"; "…: ¿qué te ayudó?" → "¿Qué te ayudó?".</summary>
    private static string Bare(string suggestion)
    {
        var question = suggestion[(suggestion.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
        var first = question.StartsWith('¿') ? 1 : 0;
        return string.Concat(question.AsSpan(0, first), char.ToUpperInvariant(question[first]).ToString(), question.AsSpan(first + 1));
    }
}
