using HealLink.Core.Conversations;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Safety;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Pipeline;

/// <summary>The semantic crisis path through the whole pipeline, on the real all-MiniLM-L6-v2 (loaded once for the class).</summary>
public sealed class RealMiniLmCrisisTests(RealMiniLmFixture model) : IClassFixture<RealMiniLmFixture>, IDisposable
{
    // Indirect: no phrase list holds it (asserted below), and it is no statement's copy.
    private const string Indirect = "Nobody would care if I vanished";

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Process_CrisisOnlyMiniLmCatches_GetsTheCrisisReplyAndAFlagAndIsNotKeptAsTheAnswer()
    {
        Assert.Null(new CrisisDetector().Find(Indirect));
        await using var host = await PipelineHost.StartAsync(_file, _platform, configure: services => services.AddSingleton<IEmbedder>(model.Embedder));
        var ana = new PipelinePerson(_platform, "mentee-1") { Host = host };
        await ana.RunAsync(Scripts.StartMentee);

        var replies = await ana.SayAsync(Indirect);

        Assert.Equal([CrisisReply.Text, ConversationCopy.English.AfterCrisis], replies.Take(2).Select(r => r.Text));
        Assert.Null((await host.QueryAsync(db => db.Profiles.SingleAsync())).DisplayName);
        var flag = await host.QueryAsync(db => db.CrisisFlags.SingleAsync());
        Assert.Equal((CrisisSource.Answer, Indirect), (flag.Source, flag.Excerpt));
    }
}
