using static HealLink.Core.Tests.Matching.Embeddings.Onnx.MiniLmShape;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// Writes an ONNX model with all-MiniLM-L6-v2's exact architecture and shapes — BertModel without the pooler, as in
/// the Xenova export, with its inputs and output — but seeded random weights. It costs what the real model costs to
/// run, so tests and benchmarks need neither the 90 MB download nor a copy of it in the repository.
/// </summary>
internal static class MiniLmModelWriter
{
    public const string OutputName = "last_hidden_state";

    private const string Batch = "batch_size";
    private const string Sequence = "sequence_length";

    /// <summary>Writes the model to <paramref name="path"/> and returns how many parameters it holds.</summary>
    public static long Write(string path, ulong seed = 1)
    {
        var graph = Build(seed);
        ProtobufWriter.WriteFile(path, graph.WriteModel);
        return graph.ParameterCount;
    }

    private static OnnxGraphBuilder Build(ulong seed)
    {
        var graph = new OnnxGraphBuilder("all-MiniLM-L6-v2-random");
        var bert = new BertBlocks(graph, new SeededNormal(seed));
        var inputIds = graph.Input("input_ids", OnnxGraphBuilder.Int64Type, Batch, Sequence);
        var attentionMask = graph.Input("attention_mask", OnnxGraphBuilder.Int64Type, Batch, Sequence);
        var tokenTypeIds = graph.Input("token_type_ids", OnnxGraphBuilder.Int64Type, Batch, Sequence);

        var hidden = Embeddings(bert, inputIds, tokenTypeIds);
        var mask = ExtendedAttentionMask(graph, attentionMask);
        for (var layer = 0; layer < Layers; layer++)
        {
            hidden = MiniLmEncoderLayer.Add(bert, hidden, mask, layer, layer == Layers - 1 ? OutputName : null);
        }

        graph.Output(hidden, OnnxGraphBuilder.FloatType, Batch, Sequence, Hidden);
        return graph;
    }

    // Word + position + token type, then LayerNorm. Positions run 0..seq-1: the first seq rows of the table.
    private static string Embeddings(BertBlocks bert, string inputIds, string tokenTypeIds)
    {
        var graph = bert.Graph;
        var words = graph.Node("Gather", [bert.Table("embeddings.word_embeddings.weight", VocabularySize), inputIds]);
        var types = graph.Node("Gather", [bert.Table("embeddings.token_type_embeddings.weight", TokenTypes), tokenTypeIds]);
        var sequenceLength = graph.Node("Shape", [inputIds], OnnxAttribute.Int("start", 1), OnnxAttribute.Int("end", 2));
        var positions = graph.Node("Slice", [
            bert.Table("embeddings.position_embeddings.weight", MaxPositions), graph.Int64s(0), sequenceLength, graph.Int64s(0),
        ]);
        return bert.LayerNorm(graph.Node("Add", [graph.Node("Add", [words, types]), positions]), "embeddings.LayerNorm");
    }

    // (1 - mask) × float.MinValue as [batch, 1, 1, seq], added to every head's scores, so that padding gets a weight
    // of exactly 0 after Softmax. The same steps and constant as Hugging Face's BERT export.
    private static string ExtendedAttentionMask(OnnxGraphBuilder graph, string attentionMask)
    {
        var perKey = graph.Node("Unsqueeze", [graph.Node("Unsqueeze", [attentionMask, graph.Int64s(1)]), graph.Int64s(2)]);
        var mask = graph.Node("Cast", [perKey], OnnxAttribute.Int("to", OnnxGraphBuilder.FloatType));
        return graph.Node("Mul", [graph.Node("Sub", [graph.FloatScalar(1), mask]), graph.FloatScalar(float.MinValue)]);
    }
}
