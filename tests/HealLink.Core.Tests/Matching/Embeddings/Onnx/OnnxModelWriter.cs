namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// Writes a tiny BERT-shaped ONNX model by hand (IR 8, opset 17), so ONNX Runtime and our embedder are tested without any ONNX
/// package or downloaded model. Its three int64 [batch, seq] inputs are those of all-MiniLM-L6-v2, and
/// <c>last_hidden_state[b, s, h] = (Words[input_ids[b, s], h] + TokenTypes[token_type_ids[b, s], h]) * attention_mask[b, s]</c>.
/// </summary>
internal static class OnnxModelWriter
{
    public const int Hidden = 3;

    // Sums of these are exact in float, so the expected numbers can be compared exactly.
    public static readonly float[,] Words = { { 0, 0, 0 }, { 1, 2, 3 }, { -0.5f, 0.25f, 4 }, { 10, -20, 0.125f } };

    public static readonly float[,] TokenTypes = { { 0, 0, 0 }, { 100, 200, 300 } };

    public static byte[] TinyEncoder() => ProtobufWriter.Message(TinyGraph().WriteModel);

    public static float Expected(long word, long tokenType, long mask, int h) =>
        (Words[word, h] + TokenTypes[tokenType, h]) * mask;

    private static OnnxGraphBuilder TinyGraph()
    {
        var graph = new OnnxGraphBuilder("tiny-encoder");
        var inputIds = graph.Input("input_ids", OnnxGraphBuilder.Int64Type, "batch", "seq");
        var attentionMask = graph.Input("attention_mask", OnnxGraphBuilder.Int64Type, "batch", "seq");
        var tokenTypeIds = graph.Input("token_type_ids", OnnxGraphBuilder.Int64Type, "batch", "seq");

        var summed = graph.Node("Add", [
            graph.Node("Gather", [Table(graph, "words", Words), inputIds]),
            graph.Node("Gather", [Table(graph, "token_types", TokenTypes), tokenTypeIds]),
        ]);
        var mask = graph.Node("Cast", [attentionMask], OnnxAttribute.Int("to", OnnxGraphBuilder.FloatType));
        var maskPerToken = graph.Node("Unsqueeze", [mask, graph.Int64s(2)]);
        graph.Output(graph.NodeNamed("Mul", "last_hidden_state", [summed, maskPerToken]), OnnxGraphBuilder.FloatType, "batch", "seq", Hidden);
        return graph;
    }

    private static string Table(OnnxGraphBuilder graph, string name, float[,] values) =>
        graph.Parameter(name, [values.GetLength(0), values.GetLength(1)], span => values.Cast<float>().ToArray().CopyTo(span));
}
