using HealLink.Core.Matching.Embeddings.MiniLm;
using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>ONNX Runtime's package on the tiny encoder, with the session options the embedder uses.</summary>
public sealed class InferenceSessionTests(TinyEncoderFixture fixture) : IClassFixture<TinyEncoderFixture>
{
    // Two rows of three tokens; the second row's last token is padding.
    private static readonly long[] InputIds = [1, 2, 3, 3, 1, 0];
    private static readonly long[] TokenTypeIds = [0, 0, 1, 1, 0, 0];
    private static readonly long[] AttentionMask = [1, 1, 1, 1, 1, 0];

    [Fact]
    public void Version_PackagedLibrary_Is1_32_0()
    {
        Assert.Equal("1.32.0", MiniLmEmbedder.RuntimeVersion);
    }

    [Fact]
    public void Open_TinyModel_ListsItsInputsAndOutput()
    {
        using var sut = Open(fixture.TinyModelPath);

        Assert.Equal(["input_ids", "attention_mask", "token_type_ids"], sut.InputNames);
        Assert.Equal(["last_hidden_state"], sut.OutputNames);
    }

    [Fact]
    public void Run_TinyModel_MatchesHandComputedNumbers()
    {
        using var sut = Open(fixture.TinyModelPath, intraOpThreads: 2);

        var output = RunTinyModel(sut);

        Assert.Equal([2L, 3, OnnxModelWriter.Hidden], output.Shape);
        Assert.Equal(ExpectedOutput(), output.Values);
        // Spot-check one value worked out in full: token 3 of type 1 is (10 + 100, -20 + 200, 0.125 + 300).
        Assert.Equal(180f, output.Values[(0 * 3 + 2) * OnnxModelWriter.Hidden + 1]);
    }

    [Fact]
    public void Run_InputsInAnyOrder_GiveTheSameNumbers()
    {
        using var sut = Open(fixture.TinyModelPath);

        var output = SessionRun.Run(
            sut, [("token_type_ids", TokenTypeIds), ("attention_mask", AttentionMask), ("input_ids", InputIds)], 2, 3, "last_hidden_state");

        Assert.Equal(ExpectedOutput(), output.Values);
    }

    [Fact]
    public async Task Run_FromSeveralThreadsAtOnce_EveryResultIsRight()
    {
        using var sut = Open(fixture.TinyModelPath);
        var expected = ExpectedOutput();

        var runs = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 200).All(_ => RunTinyModel(sut).Values.SequenceEqual(expected))));

        Assert.All(await Task.WhenAll(runs), Assert.True);
    }

    [Fact]
    public void Open_MissingFile_ThrowsWithOrtMessageAndNoSuchFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "heallink-no-such-model.onnx");

        var error = Assert.Throws<OnnxRuntimeException>(() => Open(path));

        Assert.Contains("[ErrorCode:NoSuchFile]", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_GarbageBytes_ThrowsInvalidProtobuf()
    {
        var path = fixture.WriteFile("garbage.onnx", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);

        var error = Assert.Throws<OnnxRuntimeException>(() => Open(path));

        Assert.Contains("[ErrorCode:InvalidProtobuf]", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Message.Replace("[ErrorCode:InvalidProtobuf]", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public void Run_WrongInputName_ThrowsWithOrtMessageNamingIt()
    {
        using var sut = Open(fixture.TinyModelPath);

        var error = Assert.Throws<OnnxRuntimeException>(() => RunTinyModel(sut, inputIdsName: "input_idz"));

        Assert.Contains("[ErrorCode:InvalidArgument]", error.Message, StringComparison.Ordinal);
        Assert.Contains("input_idz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WrongOutputName_ThrowsWithOrtMessageNamingIt()
    {
        using var sut = Open(fixture.TinyModelPath);

        var error = Assert.Throws<OnnxRuntimeException>(() => RunTinyModel(sut, outputName: "pooler_output"));

        Assert.Contains("pooler_output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InputShorterThanShape_ThrowsWhenTheTensorIsMadeBeforeAnyRun()
    {
        using var sut = Open(fixture.TinyModelPath);

        // The package checks the buffer against the shape as it wraps it, before the session is asked anything.
        var error = Assert.Throws<OnnxRuntimeException>(() => SessionRun.Run(
            sut, [("input_ids", InputIds[..4]), ("attention_mask", AttentionMask), ("token_type_ids", TokenTypeIds)], 2, 3, "last_hidden_state"));

        Assert.Contains("[ErrorCode:InvalidArgument]", error.Message, StringComparison.Ordinal);
        Assert.Contains("less than shape size: 6", error.Message, StringComparison.Ordinal);
    }

    private static InferenceSession Open(string path, int intraOpThreads = 1)
    {
        using var options = MiniLmSessionOptions.Create(new EmbeddingOptions { IntraOpThreads = intraOpThreads });
        return new InferenceSession(path, options);
    }

    private static RunOutput RunTinyModel(
        InferenceSession session, string inputIdsName = "input_ids", string outputName = "last_hidden_state") =>
        SessionRun.Run(session, [(inputIdsName, InputIds), ("attention_mask", AttentionMask), ("token_type_ids", TokenTypeIds)], 2, 3, outputName);

    private static float[] ExpectedOutput() =>
    [
        .. InputIds.Index().SelectMany(token => Enumerable.Range(0, OnnxModelWriter.Hidden).Select(h =>
            OnnxModelWriter.Expected(token.Item, TokenTypeIds[token.Index], AttentionMask[token.Index], h))),
    ];
}
