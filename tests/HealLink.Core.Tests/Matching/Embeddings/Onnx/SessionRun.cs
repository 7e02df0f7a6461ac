using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>A float output copied out of ONNX Runtime: row-major values and the shape they fill.</summary>
internal sealed record RunOutput(float[] Values, long[] Shape);

/// <summary>
/// One run of a session on named int64 inputs of one shape, through the same OrtValue calls the embedder makes
/// (tensors over our arrays, no copies), for the tests that look at the raw model output.
/// </summary>
internal static class SessionRun
{
    public static RunOutput Run(
        InferenceSession session, IReadOnlyList<(string Name, long[] Values)> inputs, int batchSize, int sequenceLength, string outputName)
    {
        long[] shape = [batchSize, sequenceLength];
        var values = new List<OrtValue>(inputs.Count);
        try
        {
            foreach (var input in inputs)
            {
                values.Add(OrtValue.CreateTensorValueFromMemory(input.Values, shape));
            }

            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, [.. inputs.Select(input => input.Name)], values, [outputName]);
            return new RunOutput(outputs[0].GetTensorDataAsSpan<float>().ToArray(), outputs[0].GetTensorTypeAndShape().Shape);
        }
        finally
        {
            values.ForEach(value => value.Dispose());
        }
    }
}
