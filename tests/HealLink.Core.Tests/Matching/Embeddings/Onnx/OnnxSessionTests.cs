using HealLink.Core.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

public sealed class OnnxSessionTests(OnnxRuntimeFixture fixture) : IClassFixture<OnnxRuntimeFixture>
{
    // Two rows of three tokens; the second row's last token is padding.
    private static readonly long[] InputIds = [1, 2, 3, 3, 1, 0];
    private static readonly long[] TokenTypeIds = [0, 0, 1, 1, 0, 0];
    private static readonly long[] AttentionMask = [1, 1, 1, 1, 1, 0];

    [Fact]
    public void Version_FetchedLibrary_Is1_30_0()
    {
        Assert.Equal("1.30.0", fixture.Runtime.Version);
    }

    [Fact]
    public void OpenSession_TinyModel_ListsItsInputsAndOutput()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath);

        Assert.Equal(["input_ids", "attention_mask", "token_type_ids"], sut.InputNames);
        Assert.Equal(["last_hidden_state"], sut.OutputNames);
    }

    [Fact]
    public void Run_TinyModel_MatchesHandComputedNumbers()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath, new OnnxSessionOptions { IntraOpThreads = 2 });

        var output = RunTinyModel(sut);

        Assert.Equal([2L, 3, OnnxModelWriter.Hidden], output.Shape);
        Assert.Equal(ExpectedOutput(), output.Values);
        // Spot-check one value worked out in full: token 3 of type 1 is (10 + 100, -20 + 200, 0.125 + 300).
        Assert.Equal(180f, output.Values[(0 * 3 + 2) * OnnxModelWriter.Hidden + 1]);
    }

    [Fact]
    public void Run_InputsInAnyOrder_GiveTheSameNumbers()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath);

        var output = sut.Run(
            [new("token_type_ids", TokenTypeIds), new("attention_mask", AttentionMask), new("input_ids", InputIds)],
            2, 3, "last_hidden_state");

        Assert.Equal(ExpectedOutput(), output.Values);
    }

    [Fact]
    public async Task Run_FromSeveralThreadsAtOnce_EveryResultIsRight()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath);
        var expected = ExpectedOutput();

        var runs = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 200).All(_ => RunTinyModel(sut).Values.SequenceEqual(expected))));

        Assert.All(await Task.WhenAll(runs), Assert.True);
    }

    [Fact]
    public void Run_AfterItsLibraryIsDisposed_StillWorksUntilTheSessionIsDisposed()
    {
        var runtime = new OnnxRuntimeLibrary(fixture.LibraryPath);
        var sut = runtime.OpenSession(fixture.TinyModelPath);

        runtime.Dispose();

        Assert.Equal(ExpectedOutput(), RunTinyModel(sut).Values);
        sut.Dispose();
        Assert.Throws<ObjectDisposedException>(() => RunTinyModel(sut));
    }

    [Fact]
    public void OpenSession_MissingFile_ThrowsWithOrtMessageAndNoSuchFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "heallink-no-such-model.onnx");

        var error = Assert.Throws<OrtException>(() => fixture.Runtime.OpenSession(path));

        Assert.Equal(OrtErrorCode.NoSuchFile, error.Code);
        Assert.Contains(path, error.OrtMessage, StringComparison.Ordinal);
        Assert.Contains(error.OrtMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenSession_GarbageBytes_ThrowsInvalidProtobuf()
    {
        var path = fixture.WriteFile("garbage.onnx", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);

        var error = Assert.Throws<OrtException>(() => fixture.Runtime.OpenSession(path));

        Assert.Equal(OrtErrorCode.InvalidProtobuf, error.Code);
        Assert.NotEmpty(error.OrtMessage);
    }

    [Fact]
    public void Run_WrongInputName_ThrowsWithOrtMessageNamingIt()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath);

        var error = Assert.Throws<OrtException>(() => RunTinyModel(sut, inputIdsName: "input_idz"));

        Assert.Equal(OrtErrorCode.InvalidArgument, error.Code);
        Assert.Contains("input_idz", error.OrtMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WrongOutputName_ThrowsWithOrtMessageNamingIt()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath);

        var error = Assert.Throws<OrtException>(() => RunTinyModel(sut, outputName: "pooler_output"));

        Assert.Contains("pooler_output", error.OrtMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InputShorterThanShape_ThrowsBeforeCallingOrt()
    {
        using var sut = fixture.Runtime.OpenSession(fixture.TinyModelPath);

        Assert.Throws<ArgumentException>(() => sut.Run(
            [new("input_ids", InputIds.AsMemory(0, 4)), new("attention_mask", AttentionMask), new("token_type_ids", TokenTypeIds)],
            2, 3, "last_hidden_state"));
    }

    private static OnnxTensor RunTinyModel(
        OnnxSession session, string inputIdsName = "input_ids", string outputName = "last_hidden_state") => session.Run(
        [new(inputIdsName, InputIds), new("attention_mask", AttentionMask), new("token_type_ids", TokenTypeIds)],
        2, 3, outputName);

    private static float[] ExpectedOutput() =>
    [
        .. InputIds.Index().SelectMany(token => Enumerable.Range(0, OnnxModelWriter.Hidden).Select(h =>
            OnnxModelWriter.Expected(token.Item, TokenTypeIds[token.Index], AttentionMask[token.Index], h))),
    ];
}
