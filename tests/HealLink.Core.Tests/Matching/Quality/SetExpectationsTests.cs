namespace HealLink.Core.Tests.Matching.Quality;

public sealed class SetExpectationsTests
{
    [Fact]
    public void Case_MentorsOfTheSet_AllowsOnlyThoseSharingALanguageOfThePreferredGenderWithAPlace()
    {
        var mentee = Person("Irene", ["English"], gender: "woman", preference: "woman") with { Labels = new DevLabels(["Patricia"], ["Margaret"]) };
        DevPerson[] mentors =
        [
            Person("Patricia", ["English"], "woman"),
            Person("Margaret", ["english", "Spanish"], "woman"),
            Person("Graham", ["English"], "man"),
            Person("Rosa", ["Spanish"], "woman"),
            Person("Full", ["English"], "woman") with { Capacity = 0 },
        ];

        var sut = SetExpectations.Case(mentee, mentors, ["Patricia", "Graham"]);

        Assert.Equal(["Margaret", "Patricia"], sut.Allowed.Order(StringComparer.Ordinal));
        Assert.Equal(["Patricia"], sut.SameProcedure);
        Assert.Equal(["Margaret"], sut.Good);
    }

    private static DevPerson Person(string name, string[] languages, string gender, string? preference = null) =>
        new(name, "mentor", "knee replacement", "preparing", "from-45-to-59", languages, [], "", gender, preference, HelpsWith: [], Capacity: 3);
}
