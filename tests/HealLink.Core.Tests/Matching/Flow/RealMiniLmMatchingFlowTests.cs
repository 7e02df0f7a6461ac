using HealLink.Core.Matching.Demo;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests.Matching.Embeddings.MiniLm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Matching.Flow;

/// <summary>
/// Every Find-my-match test of <see cref="MatchingFlowTests"/> again on the real all-MiniLM-L6-v2 (loaded once for the
/// class), where the offline embedder stood in; plus what only a model of meaning can do.
/// </summary>
public sealed class RealMiniLmMatchingFlowTests(RealMiniLmFixture model) : MatchingFlowTests, IClassFixture<RealMiniLmFixture>
{
    [Fact]
    public async Task FindMyMatch_RealModel_StoresItsVectorsAndShowsAKidneyMentorFirst()
    {
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync();

        var cards = (await maria.PressAsync("Find my match")).Skip(2).Take(3).ToList();

        var embedders = await Host.QueryAsync(db => db.ProfileVectors.Select(v => v.EmbedderId).Distinct().ToListAsync());
        Assert.Equal([MiniLmEmbedder.EmbedderId], embedders);
        Assert.Contains("You have a kidney transplant in common.", cards[0].Text, StringComparison.Ordinal);
        Assert.Contains(CardNames(cards)[0], KidneyMentors());
    }

    [Fact]
    public async Task FindMyMatch_ProcedureUnnamedAndIntroInOtherWords_RealModelStillPutsAKidneyMentorFirst()
    {
        // Neither the procedure answer nor the intro says "kidney", "transplant" or "dialysis": no procedure bonus can
        // help, and the offline embedder, which matches words, puts someone else first (this test fails on it). Only
        // the intros' meaning ranks the mentors.
        await SeedDemoMentorsAsync();
        var maria = await FinishedMenteeAsync(
            procedure: "not sure what it is called yet",
            intro: "My nephrologist says my renal function keeps falling and I will need a new one soon. The machine sessions wear me out.");

        var names = CardNames(await maria.PressAsync("Find my match"));

        Assert.Contains(names[0], KidneyMentors());
    }

    protected override void Configure(IServiceCollection services) => services.AddSingleton<IEmbedder>(model.Embedder);

    private static List<string> KidneyMentors() =>
        [.. DemoMentors.All.Where(m => m.Procedure == "Kidney transplant").Select(DemoMentors.DisplayName)];
}
