using HealLink.Core.Connections.Opening;

namespace HealLink.Core.Tests.Icebreakers;

public sealed class FreshQuestionsTests
{
    [Fact]
    public void For_Mentee_ThreeDistinctQuestionsAboutTheMentor()
    {
        var (lead, questions) = FreshQuestions.For(Pairs.Ana(), Pairs.Sam(), salt: 0);

        Assert.Equal("Three ways to begin with Sam:", lead);
        Assert.Equal(3, questions.Distinct().Count());
        Assert.All(questions, q => Assert.Matches(@"^\p{Lu}.*\?$", q));
    }

    [Fact]
    public void For_NextSalt_OtherQuestions()
    {
        var first = FreshQuestions.For(Pairs.Ana(), Pairs.Sam(), salt: 0).Questions;

        var next = FreshQuestions.For(Pairs.Ana(), Pairs.Sam(), salt: 1).Questions;

        Assert.NotEqual(first, next);
        Assert.NotEqual(first[0], next[0]);
    }

    [Fact]
    public void For_SpanishSpeakingMentor_SpanishQuestionsCapitalisedAfterTheMark()
    {
        var (lead, questions) = FreshQuestions.For(Pairs.Javier(), Pairs.Lucia(), salt: 5);

        Assert.Equal("Tres formas de empezar con Lucía:", lead);
        Assert.All(questions, q => Assert.Matches(@"^¿\p{Lu}.*\?$", q));
    }
}
