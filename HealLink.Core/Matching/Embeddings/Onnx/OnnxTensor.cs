namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>A float output copied out of ONNX Runtime: row-major values and the shape they fill.</summary>
public sealed record OnnxTensor(float[] Values, long[] Shape);
