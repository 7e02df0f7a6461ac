namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>A node's attributes (ONNX AttributeProto): a name, one value and the value's type.</summary>
internal static class OnnxAttribute
{
    private const int FloatType = 1;
    private const int IntType = 2;
    private const int IntsType = 7;

    public static Action<ProtobufWriter> Float(string name, float value) => attribute =>
        attribute.String(1, name).Float(2, value).Int(20, FloatType);

    public static Action<ProtobufWriter> Int(string name, long value) => attribute =>
        attribute.String(1, name).Int(3, value).Int(20, IntType);

    public static Action<ProtobufWriter> Ints(string name, params long[] values) => attribute =>
    {
        attribute.String(1, name);
        foreach (var value in values)
        {
            attribute.Int(8, value);
        }

        attribute.Int(20, IntsType);
    };
}
