using HealLink.Core.Icebreakers;

namespace HealLink.Core.Tests.Icebreakers;

public sealed class IcebreakerCheckTests
{
    public static TheoryData<string, IcebreakerRejection> BadForAna => IcebreakerCheckBadOutputs.English;

    public static TheoryData<string, IcebreakerRejection> BadForLucia => IcebreakerCheckBadOutputs.Spanish;

    public static TheoryData<string> GoodForAna => IcebreakerCheckGoodOutputs.ForAna;

    public static TheoryData<string> GoodForSam => IcebreakerCheckGoodOutputs.ForSam;

    public static TheoryData<string> GoodForLucia => IcebreakerCheckGoodOutputs.ForLucia;

    public static TheoryData<string> GoodForJavier => IcebreakerCheckGoodOutputs.ForJavier;

    [Theory]
    [MemberData(nameof(BadForAna))]
    public void Check_BadEnglishOutput_RejectedForItsReason(string text, IcebreakerRejection reason) =>
        Assert.Equal(reason, IcebreakerCheck.Check(text, Pairs.Ana(), Pairs.Sam()));

    [Theory]
    [MemberData(nameof(BadForLucia))]
    public void Check_BadSpanishOutput_RejectedForItsReason(string text, IcebreakerRejection reason) =>
        Assert.Equal(reason, IcebreakerCheck.Check(text, Pairs.Lucia(), Pairs.Javier()));

    [Theory]
    [MemberData(nameof(GoodForAna))]
    public void Check_GoodOutputForMentee_Accepted(string text) =>
        Assert.Null(IcebreakerCheck.Check(text, Pairs.Ana(), Pairs.Sam()));

    [Theory]
    [MemberData(nameof(GoodForSam))]
    public void Check_GoodOutputForMentor_Accepted(string text) =>
        Assert.Null(IcebreakerCheck.Check(text, Pairs.Sam(), Pairs.Ana()));

    [Theory]
    [MemberData(nameof(GoodForLucia))]
    public void Check_GoodSpanishOutputForMentee_Accepted(string text) =>
        Assert.Null(IcebreakerCheck.Check(text, Pairs.Lucia(), Pairs.Javier()));

    [Theory]
    [MemberData(nameof(GoodForJavier))]
    public void Check_GoodSpanishOutputForMentor_Accepted(string text) =>
        Assert.Null(IcebreakerCheck.Check(text, Pairs.Javier(), Pairs.Lucia()));

    [Fact]
    public void Battery_Size_AtLeastFiftyBadAndThirtyGood()
    {
        Assert.True(BadForAna.Count + BadForLucia.Count >= 50);
        Assert.True(GoodForAna.Count + GoodForSam.Count + GoodForLucia.Count + GoodForJavier.Count >= 30);
        Assert.Equal(
            Enum.GetValues<IcebreakerRejection>().Order(),
            BadForAna.Concat(BadForLucia).Select(row => (IcebreakerRejection)row[1]).Distinct().Order());
    }

    [Fact]
    public void Check_NameOnlyInTheIntro_Rejected()
    {
        // The intro is not shared with the model, so a name from it can only have been guessed.
        var ana = Pairs.Ana(intro: "My brother Tomás is giving me his kidney.");

        var sut = IcebreakerCheck.Check("Sam has been through a kidney transplant too. How is Tomás feeling about giving his kidney?", ana, Pairs.Sam());

        Assert.Equal(IcebreakerRejection.UnknownName, sut);
    }
}
