namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// Writes a tiny BERT-shaped ONNX model by hand (IR 8, opset 17), so the binding is tested without any ONNX
/// package or downloaded model. Its three int64 [batch, seq] inputs are those of all-MiniLM-L6-v2, and
/// <c>last_hidden_state[b, s, h] = (Words[input_ids[b, s], h] + TokenTypes[token_type_ids[b, s], h]) * attention_mask[b, s]</c>.
/// </summary>
internal static class OnnxModelWriter
{
    public const int Hidden = 3;

    // Sums of these are exact in float, so the expected numbers can be compared exactly.
    public static readonly float[,] Words = { { 0, 0, 0 }, { 1, 2, 3 }, { -0.5f, 0.25f, 4 }, { 10, -20, 0.125f } };

    public static readonly float[,] TokenTypes = { { 0, 0, 0 }, { 100, 200, 300 } };

    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int IntAttribute = 2;

    public static byte[] TinyEncoder() => ProtobufWriter.Message(model => model
        .Int(1, 8) // ir_version
        .Nested(8, opset => opset.String(1, "").Int(2, 17))
        .Nested(7, Graph));

    public static float Expected(long word, long tokenType, long mask, int h) =>
        (Words[word, h] + TokenTypes[tokenType, h]) * mask;

    private static void Graph(ProtobufWriter graph) => graph
        .Nested(1, Node("Gather", ["words", "input_ids"], "word_vectors"))
        .Nested(1, Node("Gather", ["token_types", "token_type_ids"], "type_vectors"))
        .Nested(1, Node("Add", ["word_vectors", "type_vectors"], "summed"))
        .Nested(1, Node("Cast", ["attention_mask"], "mask",
            cast => cast.Nested(5, attribute => attribute.String(1, "to").Int(3, FloatType).Int(20, IntAttribute))))
        .Nested(1, Node("Unsqueeze", ["mask", "last_axis"], "mask_per_token"))
        .Nested(1, Node("Mul", ["summed", "mask_per_token"], "last_hidden_state"))
        .String(2, "tiny-encoder")
        .Nested(5, FloatInitializer("words", Words))
        .Nested(5, FloatInitializer("token_types", TokenTypes))
        .Nested(5, tensor => tensor.Int(1, 1).Int(2, Int64Type).String(8, "last_axis").Bytes(9, BitConverter.GetBytes(2L)))
        .Nested(11, Value("input_ids", Int64Type, "batch", "seq"))
        .Nested(11, Value("attention_mask", Int64Type, "batch", "seq"))
        .Nested(11, Value("token_type_ids", Int64Type, "batch", "seq"))
        .Nested(12, Value("last_hidden_state", FloatType, "batch", "seq", Hidden));

    private static Action<ProtobufWriter> Node(
        string opType, string[] inputs, string output, Action<ProtobufWriter>? attributes = null) => node =>
    {
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        node.String(2, output).String(3, output).String(4, opType);
        attributes?.Invoke(node);
    };

    private static Action<ProtobufWriter> FloatInitializer(string name, float[,] values) => tensor =>
    {
        tensor.Int(1, values.GetLength(0)).Int(1, values.GetLength(1)).Int(2, FloatType).String(8, name);
        tensor.Bytes(9, [.. values.Cast<float>().SelectMany(BitConverter.GetBytes)]);
    };

    // A dimension is a name (dim_param) or a fixed size (dim_value).
    private static Action<ProtobufWriter> Value(string name, int elementType, params object[] dimensions) => value => value
        .String(1, name)
        .Nested(2, type => type.Nested(1, tensor => tensor
            .Int(1, elementType)
            .Nested(2, shape =>
            {
                foreach (var dimension in dimensions)
                {
                    shape.Nested(1, dim =>
                    {
                        if (dimension is string symbol)
                        {
                            dim.String(2, symbol);
                        }
                        else
                        {
                            dim.Int(1, (int)dimension);
                        }
                    });
                }
            })));
}
