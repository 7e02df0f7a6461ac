using static HealLink.Core.Tests.Matching.Embeddings.Onnx.MiniLmShape;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// The weighted pieces of a BERT graph, each adding its parameters under Hugging Face's names: matrices, tables and
/// biases drawn with BERT's initializer_range (std 0.02), LayerNorm scale 1 and bias 0, as an untrained BertModel.
/// </summary>
internal sealed class BertBlocks(OnnxGraphBuilder graph, SeededNormal random)
{
    private const float InitializerRange = 0.02f;

    public OnnxGraphBuilder Graph => graph;

    /// <summary>An embedding table of <paramref name="rows"/> × hidden.</summary>
    public string Table(string name, int rows) => graph.Parameter(name, [rows, Hidden], Normal);

    /// <summary>
    /// A dense layer, MatMul then Add as an ONNX export has it; the weight is stored [in, out], the transpose of
    /// PyTorch's nn.Linear, as exporters store it for MatMul.
    /// </summary>
    public string Linear(string input, string name, int inputs, int outputs) => graph.Node("Add", [
        graph.Node("MatMul", [input, graph.Parameter($"{name}.weight", [inputs, outputs], Normal)]),
        graph.Parameter($"{name}.bias", [outputs], Normal),
    ]);

    /// <param name="output">The output's name, when it is the graph's output; otherwise a fresh one.</param>
    public string LayerNorm(string input, string name, string? output = null)
    {
        string[] inputs = [input, graph.Parameter($"{name}.weight", [Hidden], Ones), graph.Parameter($"{name}.bias", [Hidden], Zeros)];
        Action<ProtobufWriter>[] attributes = [OnnxAttribute.Int("axis", -1), OnnxAttribute.Float("epsilon", LayerNormEpsilon)];
        return output is null
            ? graph.Node("LayerNormalization", inputs, attributes)
            : graph.NodeNamed("LayerNormalization", output, inputs, attributes);
    }

    private static void Ones(Span<float> values) => values.Fill(1);

    private static void Zeros(Span<float> values) => values.Clear();

    private void Normal(Span<float> values) => random.Fill(values, InitializerRange);
}
