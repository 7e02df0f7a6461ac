namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>One named int64 input of a run, row-major [batch, sequence] like <see cref="Tokenization.TokenBatch"/>.</summary>
public sealed record OnnxInput(string Name, ReadOnlyMemory<long> Values);
