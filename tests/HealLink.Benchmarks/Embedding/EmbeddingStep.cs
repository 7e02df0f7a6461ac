using HealLink.Core.Matching.Embeddings.Onnx;
using HealLink.Core.Matching.Embeddings.Tokenization;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// The step being timed: one forward pass over tokenized intros. Only this method knows how, so that it can go through
/// the MiniLM embedder (with its pooling) once that exists, and every figure follows.
/// </summary>
internal static class EmbeddingStep
{
    public static OnnxTensor Embed(OnnxSession session, TokenBatch intros) => session.Run(
        [new("input_ids", intros.InputIds), new("attention_mask", intros.AttentionMask), new("token_type_ids", intros.TokenTypeIds)],
        intros.BatchSize, intros.SequenceLength, MiniLmModelWriter.OutputName);
}
