using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

public sealed class TopKHeapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public void ToRanked_ManyOffersWithTies_KeepsTheBestInRankOrder(int capacity)
    {
        var random = new Random(capacity);

        // Scores on a coarse grid, so that many are exactly equal and the id decides.
        var offers = Enumerable.Range(0, 2_000).Select(id => new ScoredMatch(id, random.Next(50) / 50f)).ToList();
        var sut = new TopKHeap(capacity);

        foreach (var offer in offers.OrderBy(_ => random.Next()))
        {
            sut.Offer(offer.Id, offer.Score);
        }

        var expected = offers.OrderByDescending(o => o.Score).ThenBy(o => o.Id).Take(capacity);
        Assert.Equal(expected, sut.ToRanked());
    }

    [Fact]
    public void ToRanked_FewerOffersThanCapacity_ReturnsThemAll()
    {
        var sut = new TopKHeap(10);
        sut.Offer(2, 0.5f);
        sut.Offer(1, 0.5f);
        sut.Offer(3, 0.9f);

        Assert.Equal([new(3, 0.9f), new(1, 0.5f), new(2, 0.5f)], sut.ToRanked());
    }
}
