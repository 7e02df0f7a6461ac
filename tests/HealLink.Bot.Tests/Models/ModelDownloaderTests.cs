using System.Text.RegularExpressions;
using HealLink.Bot.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Tests.Models;

/// <summary>The downloader against a real HTTP server on 127.0.0.1, healthy and misbehaving.</summary>
public sealed partial class ModelDownloaderTests : IAsyncLifetime
{
    private readonly TestModel _model = TestModel.Onnx;
    private ServedModels _served = null!;

    private ModelFileServer Server => _served.Server;

    private string Target => _served.PathOf(_model);

    private string Partial => Target + ".partial";

    public async Task InitializeAsync() => _served = await ServedModels.StartAsync(_model);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Download_GoodFile_LandsVerifiedWithNoPartialLeft()
    {
        var progress = new RecordedProgress();

        var outcome = await DownloadAsync(progress);

        Assert.Equal(ModelFileOutcome.Downloaded, outcome);
        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(Target));
        Assert.False(File.Exists(Partial));
        Assert.Equal(new DownloadProgress(_model.Name, _model.Content.Length, _model.Content.Length), progress.Reports[^1]);
        Assert.Equal(progress.Reports.Select(r => r.BytesDone).Order(), progress.Reports.Select(r => r.BytesDone));
    }

    [Fact]
    public async Task Download_CorruptedFile_IsRejectedNamingBothHashesAndNothingStays()
    {
        Server.Fault = ServerFault.Corrupt;

        var failure = await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync());

        Assert.StartsWith($"{_model.Name}: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"expected {_model.Sha256}", failure.Message, StringComparison.Ordinal);
        var hashes = Sha256Shape().Matches(failure.Message).Select(m => m.Value).ToList();
        Assert.Equal(2, hashes.Distinct().Count());
        Assert.Empty(Directory.EnumerateFiles(_served.Folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Download_ConnectionDroppedHalfway_KeepsAPartialThatTheNextRunResumesWithARange()
    {
        Server.Fault = ServerFault.DropHalfway;

        var failure = await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync());
        var kept = new FileInfo(Partial).Length;
        Server.Fault = ServerFault.None;
        var outcome = await DownloadAsync();

        Assert.Contains("broke off", failure.Message, StringComparison.Ordinal);
        Assert.InRange(kept, 1, _model.Content.Length - 1);
        Assert.Equal(ModelFileOutcome.Downloaded, outcome);
        Assert.Equal($"bytes={kept}-", Server.Requests[^1].Range);
        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(Target));
        Assert.False(File.Exists(Partial));
    }

    [Fact]
    public async Task Download_ServerIgnoresTheRange_StartsOverAndEndsRight()
    {
        Server.Fault = ServerFault.DropHalfway;
        await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync());
        Server.Fault = ServerFault.IgnoreRange;

        var outcome = await DownloadAsync();

        Assert.Equal(ModelFileOutcome.Downloaded, outcome);
        Assert.StartsWith("bytes=", Server.Requests[^1].Range, StringComparison.Ordinal);
        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(Target));
    }

    [Fact]
    public async Task Download_PartialAsLongAsTheFile_IsRefusedWith416AndStartsOver()
    {
        await PlaceAsync(Partial, new byte[_model.Content.Length]);

        var outcome = await DownloadAsync();

        Assert.Equal(ModelFileOutcome.Downloaded, outcome);
        Assert.Equal([$"bytes={_model.Content.Length}-", ""], Server.Requests.Select(r => r.Range));
        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(Target));
    }

    [Fact]
    public async Task Download_NothingListening_FailsInOneLineAndWritesNothing()
    {
        var nowhere = ModelsTestHost.NothingListening();

        var failure = await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync(baseUrl: nowhere));

        Assert.StartsWith($"{_model.Name}: cannot reach {nowhere.Authority}", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Summary);
        Assert.Contains("offline embedder", failure.Summary, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_served.Folder));
    }

    [Theory]
    [InlineData(ServerFault.NotFound, "404")]
    [InlineData(ServerFault.ServerError, "500")]
    public async Task Download_ErrorStatus_FailsNamingTheAddressAndStatusAndWritesNothing(ServerFault fault, string status)
    {
        Server.Fault = fault;

        var failure = await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync());

        Assert.Contains($"{Server.BaseUrl}{_model.RemotePath} answered {status}", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_served.Folder));
    }

    [Fact]
    public async Task Download_FileAlreadyInPlace_MakesNoRequest()
    {
        await PlaceAsync(Target, _model.Content);

        var outcome = await DownloadAsync();

        Assert.Equal(ModelFileOutcome.AlreadyInPlace, outcome);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Download_FileInPlaceButDamaged_IsReplaced()
    {
        await PlaceAsync(Target, new byte[_model.Content.Length]);

        var outcome = await DownloadAsync();

        Assert.Equal(ModelFileOutcome.Downloaded, outcome);
        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(Target));
    }

    [Fact]
    public async Task Download_Redirected_FollowsToTheNewPlace()
    {
        Server.Fault = ServerFault.Redirect;

        var outcome = await DownloadAsync();

        Assert.Equal(ModelFileOutcome.Downloaded, outcome);
        Assert.Equal([_model.RemotePath, ModelFileServer.MovedPrefix + _model.RemotePath], Server.Requests.Select(r => r.Path));
        Assert.Equal(_model.Content, await File.ReadAllBytesAsync(Target));
    }

    [Fact]
    public async Task Download_ServerGoesQuietMidFile_GivesUpAfterTheStallTimeout()
    {
        Server.Fault = ServerFault.StallHalfway;

        // Whenever the second runs out (connecting, or mid-file), the server never finishes: the outcome is the same.
        var failure = await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync(stallTimeout: "00:00:01"));

        Assert.Contains($"{Server.BaseUrl.Authority} sent nothing for 1 s", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task Download_Cancelled_StopsAndKeepsThePartial()
    {
        Server.Fault = ServerFault.StallHalfway;
        using var cancel = new CancellationTokenSource();
        var progress = new RecordedProgress(report =>
        {
            if (report.BytesDone > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DownloadAsync(progress, cancellationToken: cancel.Token));

        Assert.True(File.Exists(Partial));
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task Download_ServerFileOfAnotherSize_FailsBeforeWritingAnything()
    {
        var pinned = _model with { Content = _model.Content[..1000] };

        var failure = await Assert.ThrowsAsync<ModelFetchException>(() => DownloadAsync(model: pinned));

        Assert.Contains("not the expected 1,000", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_served.Folder));
    }

    private static async Task PlaceAsync(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content);
    }

    private async Task<ModelFileOutcome> DownloadAsync(
        IProgress<DownloadProgress>? progress = null,
        Uri? baseUrl = null,
        TestModel? model = null,
        string stallTimeout = "00:00:30",
        CancellationToken cancellationToken = default)
    {
        using var host = ModelsTestHost.Build(
            [.. TestModel.Settings(_served.Folder, baseUrl ?? Server.BaseUrl, model ?? _model), $"--Models:StallTimeout={stallTimeout}"]);
        var file = host.Services.GetRequiredService<IOptions<ModelsOptions>>().Value.Files.Single();
        return await host.Services.GetRequiredService<ModelDownloader>().DownloadAsync(file, progress ?? new RecordedProgress(), cancellationToken);
    }

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex Sha256Shape();
}
