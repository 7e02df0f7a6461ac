using static HealLink.Core.Tests.Matching.Embeddings.Onnx.MiniLmShape;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>One BERT encoder layer as Hugging Face's BertLayer computes it: self-attention, then the feed-forward block.</summary>
internal static class MiniLmEncoderLayer
{
    /// <param name="hidden">[batch, seq, hidden].</param>
    /// <param name="mask">The additive mask, [batch, 1, 1, seq].</param>
    /// <param name="output">The layer output's name, when it is the graph's output.</param>
    public static string Add(BertBlocks bert, string hidden, string mask, int index, string? output)
    {
        var graph = bert.Graph;
        var name = $"encoder.layer.{index}";
        var attention = bert.Linear(SelfAttention(bert, hidden, mask, $"{name}.attention.self"), $"{name}.attention.output.dense", Hidden, Hidden);
        var attended = bert.LayerNorm(graph.Node("Add", [attention, hidden]), $"{name}.attention.output.LayerNorm");
        var intermediate = Gelu(graph, bert.Linear(attended, $"{name}.intermediate.dense", Hidden, Intermediate));
        var feedForward = bert.Linear(intermediate, $"{name}.output.dense", Intermediate, Hidden);
        return bert.LayerNorm(graph.Node("Add", [feedForward, attended]), $"{name}.output.LayerNorm", output);
    }

    // softmax(Q·Kᵀ / √32 + mask)·V in each of the 12 heads, the heads joined again to [batch, seq, 384].
    private static string SelfAttention(BertBlocks bert, string hidden, string mask, string name)
    {
        var graph = bert.Graph;
        var query = SplitHeads(graph, bert.Linear(hidden, $"{name}.query", Hidden, Hidden), 0, 2, 1, 3);
        // Keys go to [batch, heads, head size, seq], so that the scores are one MatMul.
        var key = SplitHeads(graph, bert.Linear(hidden, $"{name}.key", Hidden, Hidden), 0, 2, 3, 1);
        var value = SplitHeads(graph, bert.Linear(hidden, $"{name}.value", Hidden, Hidden), 0, 2, 1, 3);

        var scores = graph.Node("Div", [graph.Node("MatMul", [query, key]), graph.FloatScalar(MathF.Sqrt(HeadSize))]);
        var weights = graph.Node("Softmax", [graph.Node("Add", [scores, mask])], OnnxAttribute.Int("axis", -1));
        var context = graph.Node("Transpose", [graph.Node("MatMul", [weights, value])], OnnxAttribute.Ints("perm", 0, 2, 1, 3));
        return graph.Node("Reshape", [context, graph.Int64s(0, 0, Hidden)]);
    }

    // [batch, seq, 384] to [batch, seq, 12, 32] (a 0 in Reshape's shape keeps that axis), then the axes in that order.
    private static string SplitHeads(OnnxGraphBuilder graph, string projected, params long[] axes) => graph.Node(
        "Transpose", [graph.Node("Reshape", [projected, graph.Int64s(0, 0, Heads, HeadSize)])], OnnxAttribute.Ints("perm", axes));

    // BERT's "gelu", the exact form: x · (1 + erf(x / √2)) / 2. Opset 17 has no Gelu operator (it came in 20).
    private static string Gelu(OnnxGraphBuilder graph, string x)
    {
        var erf = graph.Node("Erf", [graph.Node("Div", [x, graph.FloatScalar(MathF.Sqrt(2))])]);
        return graph.Node("Mul", [graph.Node("Mul", [x, graph.Node("Add", [erf, graph.FloatScalar(1)])]), graph.FloatScalar(0.5f)]);
    }
}
