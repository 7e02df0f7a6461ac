using System.Runtime.InteropServices;
using static System.FormattableString;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// Collects an ONNX graph's nodes, initializers, inputs and outputs, then writes it as a model (IR 8, opset 17).
/// Each node's output gets a fresh name, so a graph reads as nested calls; weights count as parameters, while
/// constants (shapes, axes, scalars) do not.
/// </summary>
internal sealed class OnnxGraphBuilder(string name)
{
    public const int FloatType = 1;
    public const int Int64Type = 7;

    private readonly List<Action<ProtobufWriter>> _nodes = [];
    private readonly List<Action<ProtobufWriter>> _initializers = [];
    private readonly List<Action<ProtobufWriter>> _inputs = [];
    private readonly List<Action<ProtobufWriter>> _outputs = [];
    private readonly HashSet<string> _unusedParameters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _constants = new(StringComparer.Ordinal);

    public long ParameterCount { get; private set; }

    public string Input(string inputName, int elementType, params object[] dimensions)
    {
        _inputs.Add(Value(inputName, elementType, dimensions));
        return inputName;
    }

    public void Output(string value, int elementType, params object[] dimensions) =>
        _outputs.Add(Value(value, elementType, dimensions));

    /// <summary>Adds a node and returns the name of its one output.</summary>
    public string Node(string opType, string[] inputs, params Action<ProtobufWriter>[] attributes) =>
        NodeNamed(opType, $"{opType}_{_nodes.Count}", inputs, attributes);

    /// <summary>As <see cref="Node"/>, with the output named, e.g. to be the graph's output.</summary>
    public string NodeNamed(string opType, string output, string[] inputs, params Action<ProtobufWriter>[] attributes)
    {
        _unusedParameters.ExceptWith(inputs);
        _nodes.Add(node =>
        {
            foreach (var input in inputs)
            {
                node.String(1, input);
            }

            node.String(2, output).String(3, output).String(4, opType);
            foreach (var attribute in attributes)
            {
                node.Nested(5, attribute);
            }
        });
        return output;
    }

    /// <summary>
    /// A trained float weight, row-major over <paramref name="dimensions"/>, its values written by
    /// <paramref name="fill"/> straight into the bytes the model will hold (little-endian, as ONNX wants, on x64).
    /// </summary>
    public string Parameter(string parameterName, long[] dimensions, Action<Span<float>> fill)
    {
        var count = dimensions.Aggregate(1L, (product, dimension) => product * dimension);
        var rawData = new byte[checked(count * sizeof(float))];
        fill(MemoryMarshal.Cast<byte, float>(rawData.AsSpan()));
        ParameterCount += count;
        _unusedParameters.Add(parameterName);
        return Initializer(parameterName, dimensions, FloatType, rawData);
    }

    /// <summary>A float constant of rank 0, named after its value so that every node needing it shares one.</summary>
    public string FloatScalar(float value) =>
        Constant(Invariant($"float_{value:R}"), [], FloatType, BitConverter.GetBytes(value));

    /// <summary>A 1-D int64 constant (a shape, axes, indices), named after its values so that nodes share it.</summary>
    public string Int64s(params long[] values) =>
        Constant($"int64_{string.Join('_', values)}", [values.Length], Int64Type, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    public void WriteModel(ProtobufWriter model)
    {
        if (_unusedParameters.Count > 0)
        {
            // ONNX Runtime would drop them quietly, and the model would be cheaper than the one it stands in for.
            throw new InvalidOperationException($"No node reads the parameters {string.Join(", ", _unusedParameters)}.");
        }

        model.Int(1, 8) // ir_version
            .Nested(8, opset => opset.String(1, "").Int(2, 17))
            .Nested(7, graph =>
            {
                _nodes.ForEach(node => graph.Nested(1, node));
                graph.String(2, name);
                _initializers.ForEach(initializer => graph.Nested(5, initializer));
                _inputs.ForEach(input => graph.Nested(11, input));
                _outputs.ForEach(output => graph.Nested(12, output));
            });
    }

    private string Constant(string constantName, long[] dimensions, int elementType, byte[] rawData) =>
        _constants.Add(constantName) ? Initializer(constantName, dimensions, elementType, rawData) : constantName;

    private string Initializer(string initializerName, long[] dimensions, int elementType, ReadOnlyMemory<byte> rawData)
    {
        _initializers.Add(tensor =>
        {
            foreach (var dimension in dimensions)
            {
                tensor.Int(1, dimension);
            }

            tensor.Int(2, elementType).String(8, initializerName).Bytes(9, rawData);
        });
        return initializerName;
    }

    // A dimension is a name (dim_param) or a fixed size (dim_value).
    private static Action<ProtobufWriter> Value(string valueName, int elementType, object[] dimensions) => value => value
        .String(1, valueName)
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
