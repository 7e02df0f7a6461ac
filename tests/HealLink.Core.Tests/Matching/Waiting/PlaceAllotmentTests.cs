using HealLink.Core.Matching.Waiting;

namespace HealLink.Core.Tests.Matching.Waiting;

/// <summary>Telling waiting mentees about free places: never two for one place, earliest first, as many as fit.</summary>
public sealed class PlaceAllotmentTests
{
    [Fact]
    public void Allot_OneMentorWithTwoPlaces_FirstTwoInLineOnly()
    {
        var placed = PlaceAllotment.Allot([(1, [10]), (2, [10]), (3, [10])], new Dictionary<long, int> { [10] = 2 });

        Assert.Equal([1, 2], placed.Order());
    }

    [Fact]
    public void Allot_EarlierMenteeFitsTwoMentors_MovesToMakeRoomForALaterOne()
    {
        var placed = PlaceAllotment.Allot([(1, [10, 11]), (2, [10])], new Dictionary<long, int> { [10] = 1, [11] = 1 });

        Assert.Equal([1, 2], placed.Order());
    }

    [Fact]
    public void Allot_LaterMenteeWouldNeedAnEarlierOnesOnlyPlace_EarlierKeepsIt()
    {
        var placed = PlaceAllotment.Allot([(1, [10]), (2, [10, 11])], new Dictionary<long, int> { [10] = 1, [11] = 0 });

        Assert.Equal([1], placed.Order());
    }

    [Fact]
    public void Allot_NoFreePlacesOrNoFittingMentor_NobodyPlaced()
    {
        var placed = PlaceAllotment.Allot([(1, [10]), (2, [])], new Dictionary<long, int> { [10] = 0 });

        Assert.Empty(placed);
    }

    /// <summary>
    /// Against the definition, on every small random case: going down the line, a mentee is placed exactly when they
    /// and everyone placed before them can all have distinct places at once (checked by trying every assignment).
    /// </summary>
    [Fact]
    public void Allot_RandomSmallCases_AgreesWithTryingEveryAssignment()
    {
        var random = new Random(4242);
        for (var round = 0; round < 500; round++)
        {
            var mentors = Enumerable.Range(10, random.Next(1, 4)).Select(m => (long)m).ToList();
            var places = mentors.ToDictionary(m => m, _ => random.Next(0, 3));
            var line = Enumerable.Range(1, random.Next(1, 7))
                .Select(m => ((long)m, (IReadOnlyCollection<long>)[.. mentors.Where(_ => random.Next(2) == 0)]))
                .ToList();

            var expected = new List<(long MenteeId, IReadOnlyCollection<long> FittingMentors)>();
            foreach (var mentee in line)
            {
                if (AllCanBePlaced([.. expected, mentee], places, new Dictionary<long, int>()))
                {
                    expected.Add(mentee);
                }
            }

            Assert.Equal(expected.Select(m => m.MenteeId).Order(), PlaceAllotment.Allot(line, places).Order());
        }
    }

    private static bool AllCanBePlaced(
        List<(long MenteeId, IReadOnlyCollection<long> FittingMentors)> mentees, Dictionary<long, int> places, Dictionary<long, int> used)
    {
        if (mentees.Count == 0)
        {
            return true;
        }

        var (_, fitting) = mentees[0];
        foreach (var mentor in fitting.Where(m => used.GetValueOrDefault(m) < places[m]))
        {
            used[mentor] = used.GetValueOrDefault(mentor) + 1;
            var rest = AllCanBePlaced(mentees[1..], places, used);
            used[mentor]--;
            if (rest)
            {
                return true;
            }
        }

        return false;
    }
}
