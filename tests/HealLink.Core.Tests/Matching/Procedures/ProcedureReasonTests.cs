using HealLink.Core.Matching;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Procedures;

namespace HealLink.Core.Tests.Matching.Procedures;

public sealed class ProcedureReasonTests
{
    private static readonly HashSet<string> _firstPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "mine", "myself", "im", "ive", "mi", "mis", "yo", "mio", "mía", "mío",
    };

    private readonly MatchingOptions _options = new();

    public static TheoryData<string> Mentors => [.. MatchDevSet.Mentors.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Score_DevSetMentorWithTheSameProcedure_SaysItInTheCataloguesWords(string name)
    {
        var mentor = MatchDevSet.Mentors.Single(m => m.Name == name);
        var entry = ProcedureCatalogue.Get(DevSetProcedures.Expected[name]).In(ProcedureCatalogue.English);
        var sameProcedure = MatchDevSet.Mentees.FirstOrDefault(m => DevSetProcedures.Expected[m.Name] == DevSetProcedures.Expected[name]);

        var sut = Reasons(sameProcedure?.Procedure ?? mentor.Procedure, mentor);

        var why = Assert.Single(sut, r => r.Contains(entry.Name, StringComparison.Ordinal) || r.Contains(entry.Predicate, StringComparison.Ordinal));
        Assert.DoesNotContain(mentor.Procedure, why, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Mentors))]
    public void Score_DevSetMentorForEveryDevSetMentee_NeverSpeaksInTheFirstPerson(string name)
    {
        var mentor = MatchDevSet.Mentors.Single(m => m.Name == name);

        var sut = MatchDevSet.Mentees.SelectMany(mentee => Reasons(mentee.Procedure, mentor)).ToList();

        Assert.All(sut, why => Assert.DoesNotContain(Words(why), _firstPerson.Contains));
        Assert.All(sut, why => Assert.DoesNotContain(mentor.Procedure, why, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("kidney transplant", "Living donor kidney transplant from my brother", "You have a kidney transplant in common.")]
    [InlineData("kidney transplant", "Living kidney donor — gave one of my kidneys to my brother", "A related procedure: Kwame donated a kidney.")]
    [InlineData("my wife is getting a liver transplant", "Liver transplant", "Same procedure: Kwame had a liver transplant.")]
    [InlineData("liver transplant", "Partner's liver transplant (I was their carer)", "Kwame supported someone through a liver transplant.")]
    [InlineData("gastric sleeve", "my gastric bypass", "A related procedure: Kwame had a gastric bypass.")]
    [InlineData("my own kind of surgery", "my own kind of surgery", "You both named the same procedure.")]
    [InlineData("kidney", "kidney stuff", "Kwame's procedure is related to yours.")]
    public void Score_EachKindOfKinship_ReadsAsASentenceAboutTheMentor(string mine, string theirs, string expected)
    {
        var sut = MatchScorer.Score(
            Profiles.Mentee(p => (p.ProcedureText, p.Interests) = (mine, [])),
            Profiles.Mentor(2, p => (p.DisplayName, p.ProcedureText, p.HelpTopics) = ("Kwame", theirs, [])),
            0.1f, _options, HashedNGramEmbedder.EmbedderId);

        Assert.Equal([expected], sut.Reasons);
    }

    private List<string> Reasons(string menteeProcedure, DevPerson mentor) =>
        [.. MatchScorer.Score(
            Profiles.Mentee(p => p.ProcedureText = menteeProcedure),
            Profiles.Mentor(2, p => (p.DisplayName, p.ProcedureText, p.ProcedureDisplay) = (mentor.Name, mentor.Procedure, mentor.Procedure)),
            0.1f, _options, HashedNGramEmbedder.EmbedderId).Reasons];

    private static string[] Words(string sentence) =>
        sentence.Split((char[])[' ', '.', ',', ':', ';', '(', ')', '\'', '’', '!', '?', '—', '-'], StringSplitOptions.RemoveEmptyEntries);
}
