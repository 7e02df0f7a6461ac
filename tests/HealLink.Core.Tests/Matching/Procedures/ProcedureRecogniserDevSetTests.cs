using HealLink.Core.Matching.Procedures;

namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>Every procedure wording of the dev set, mentors' and mentees', English and Spanish.</summary>
public sealed class ProcedureRecogniserDevSetTests
{
    public static TheoryData<string> People => [.. MatchDevSet.Everyone.Select(p => p.Name)];

    [Fact]
    public void Expected_CoversEveryoneInTheSet_AndNoOneElse()
    {
        Assert.Equal(DevSetProcedures.Expected.Keys.Order(StringComparer.Ordinal), MatchDevSet.Everyone.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(People))]
    public void Recognise_DevSetWording_IsTheProcedureTheSetImplies(string name)
    {
        var person = MatchDevSet.Everyone.Single(p => p.Name == name);

        var sut = ProcedureRecogniser.Recognise(person.Procedure);

        Assert.NotNull(sut);
        Assert.Equal(DevSetProcedures.Expected[name], sut.Entry.Id);
    }

    [Theory]
    [MemberData(nameof(People))]
    public void Recognise_DevSetWording_IsACarersExactlyWhenTheRoleIs(string name)
    {
        var person = MatchDevSet.Everyone.Single(p => p.Name == name);

        var sut = ProcedureRecogniser.Recognise(person.Procedure);

        Assert.Equal(person.IsCarer, sut?.AsCarer);
    }
}
