using HealLink.Bot.Tests.Channels.LocalConsole;
using HealLink.Core.Tests.Storage;

namespace HealLink.Bot.Tests.Models;

/// <summary><c>Models:FetchOnStart</c> with the whole bot running in-process, as Program runs it.</summary>
public sealed class ModelsOnStartTests : IAsyncLifetime, IDisposable
{
    private readonly TestModel _model = TestModel.Onnx;
    private readonly TestDatabase _database = new();
    private ServedModels _served = null!;

    public async Task InitializeAsync() => _served = await ServedModels.StartAsync(_model);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Start_FetchOnStartAndFilesMissing_FetchesThemBeforeTheBotOpens()
    {
        await using var bot = await InProcessBot.StartAsync(_database, ["--Models:FetchOnStart=true", .. _served.Settings(_model)]);

        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(_served.PathOf(_model)));
        Assert.Contains("model.onnx  [####################]  100%", bot.Errors, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QuitAsync());
    }

    [Fact]
    public async Task Start_FetchOnStartAndServerUnreachable_SaysSoInOneLineAndStartsAnyway()
    {
        var settings = TestModel.Settings(_served.Folder, ModelsTestHost.NothingListening(), _model);

        await using var bot = await InProcessBot.StartAsync(_database, ["--Models:FetchOnStart=true", .. settings]);

        var line = Assert.Single(bot.Errors.Split(Environment.NewLine), l => l.StartsWith("Model files not fetched: ", StringComparison.Ordinal));
        Assert.Contains("cannot reach", line, StringComparison.Ordinal);
        Assert.Contains("offline embedder", line, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QuitAsync());
    }

    [Fact]
    public async Task Start_FetchOnStartNotSet_RequestsNothing()
    {
        await using var bot = await InProcessBot.StartAsync(_database, _served.Settings(_model));

        Assert.Equal(0, await bot.QuitAsync());
        Assert.Empty(_served.Server.Requests);
        Assert.False(File.Exists(_served.PathOf(_model)));
    }

    public void Dispose() => _database.Dispose();
}
