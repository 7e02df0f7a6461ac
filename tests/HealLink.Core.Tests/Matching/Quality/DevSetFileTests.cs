namespace HealLink.Core.Tests.Matching.Quality;

public sealed class DevSetFileTests
{
    [Fact]
    public async Task LoadAsync_SharedMatchDevSet_ReadsEveryMentorAndMenteeWithTheirLabels()
    {
        // The counts its header states: 43 mentors (5 of them caregiver-mentors), 41 mentees (6 of them caregivers).
        var sut = await DevSetFile.LoadAsync(DevSetFile.DefaultPath, CancellationToken.None);

        Assert.Equal(43, sut.Mentors.Count);
        Assert.Equal(5, sut.Mentors.Count(m => m.IsCaregiver));
        Assert.Equal(41, sut.Mentees.Count);
        Assert.Equal(6, sut.Mentees.Count(m => m.IsCaregiver));
        Assert.All(sut.Mentors, m => Assert.True(m is { Capacity: > 0, HelpsWith.Count: > 0, Languages.Count: > 0, Intro.Length: > 0, Labels: null }, m.Name));
        Assert.All(sut.Mentees, m => Assert.True(m is { Labels.Best.Count: > 0, Languages.Count: > 0, Intro.Length: > 0 }, m.Name));
        var barry = Assert.Single(sut.Mentees, m => m.Name == "Barry");
        Assert.Equal(["Frank", "Miguel"], barry.Labels!.Best);
        Assert.Equal(["Helen"], barry.Labels.Good);
    }

    [Fact]
    public async Task LoadAsync_LabelNamingNoMentor_Fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"match-set-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            {"version": 1, "mentors": [], "mentees": [{"name": "Owen", "role": "mentee", "procedure": "dialysis", "stage": "preparing",
              "ageRange": "from-45-to-59", "languages": ["English"], "interests": [], "intro": "Hello",
              "labels": {"best": ["Daniel"], "good": []}}]}
            """, CancellationToken.None);
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidDataException>(() => DevSetFile.LoadAsync(path, CancellationToken.None));

            Assert.Contains("Daniel", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_MissingFile_FailsNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-set-{Guid.NewGuid():N}.json");

        var failure = await Assert.ThrowsAsync<FileNotFoundException>(() => DevSetFile.LoadAsync(path, CancellationToken.None));

        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }
}
