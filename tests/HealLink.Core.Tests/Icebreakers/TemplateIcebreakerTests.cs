using HealLink.Core.Connections.Opening;
using HealLink.Core.Icebreakers;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Icebreakers;

public sealed class TemplateIcebreakerTests
{
    private readonly TemplateIcebreaker _sut = new();

    [Fact]
    public async Task WriteAsync_SamePairTwice_SameWords()
    {
        var first = await _sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        var second = await _sut.WriteAsync(Pairs.Ana(), Pairs.Sam(), CancellationToken.None);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_ManyPairs_VariedWording()
    {
        var texts = Enumerable.Range(1, 40).Select(id => TemplateIcebreaker.Write(MenteeNumbered(id), Pairs.Sam())).Distinct().Count();

        Assert.True(texts >= 4, $"only {texts} different icebreakers for 40 pairs");
    }

    [Fact]
    public void Write_ForMentee_NamesTheMentorTheirSharedInterestAndAsks()
    {
        var sut = TemplateIcebreaker.Write(Pairs.Ana(), Pairs.Sam());

        Assert.StartsWith("Sam", sut.Replace("You and ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("cooking", sut, StringComparison.Ordinal);
        Assert.Contains("kidney transplant", sut, StringComparison.Ordinal);
        Assert.EndsWith("?", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SpanishSpeakingMentee_SpanishForBothSides()
    {
        var forLucia = TemplateIcebreaker.Write(Pairs.Lucia(), Pairs.Javier());
        var forJavier = TemplateIcebreaker.Write(Pairs.Javier(), Pairs.Lucia());

        Assert.Contains("Javier", forLucia, StringComparison.Ordinal);
        Assert.Contains("¿", forLucia, StringComparison.Ordinal);
        Assert.Contains("la música", forLucia, StringComparison.Ordinal);
        Assert.Contains("Lucía", forJavier, StringComparison.Ordinal);
        Assert.Contains("¿", forJavier, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NothingShared_StillWarmAndComplete()
    {
        var mentee = new Profile { PersonId = 5, Role = Role.Mentee };
        var mentor = new Profile { PersonId = 6, Role = Role.Mentor };

        var sut = TemplateIcebreaker.Write(mentee, mentor);

        Assert.StartsWith("Your match", sut.Replace("You and your match", "Your match", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("?", sut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Write_EveryWordingStageAndSide_PassesTheOutputCheck(string language)
    {
        foreach (var stage in new Stage?[] { Stage.Preparing, Stage.InHospital, Stage.RecoveringFirstMonths, Stage.RecoveringLongTerm, null })
        {
            for (var id = 1; id <= 30; id++)
            {
                var mentee = MenteeNumbered(id);
                mentee.Stage = stage;
                mentee.Languages = [language];
                mentee.Interests = id % 2 == 0 ? ["Cooking"] : [];
                var mentor = Pairs.Sam();

                foreach (var (reader, other) in new[] { (mentee, mentor), (mentor, mentee) })
                {
                    var text = TemplateIcebreaker.Write(reader, other);
                    Assert.True(IcebreakerCheck.Check(text, reader, other) is null, $"{IcebreakerCheck.Check(text, reader, other)}: {text}");
                }
            }
        }
    }

    private static Profile MenteeNumbered(int id)
    {
        var mentee = Pairs.Ana();
        mentee.PersonId = 100 + id;
        return mentee;
    }
}
