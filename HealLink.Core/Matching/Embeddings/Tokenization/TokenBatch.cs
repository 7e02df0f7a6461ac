namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>
/// Texts tokenised into one rectangular [BatchSize, SequenceLength] int64 input, row-major, as an ONNX BERT model
/// takes it: rows shorter than the longest are padded with [PAD] (id 0) and masked out.
/// </summary>
public sealed class TokenBatch
{
    internal TokenBatch(int batchSize, int sequenceLength)
    {
        BatchSize = batchSize;
        SequenceLength = sequenceLength;
        InputIds = new long[batchSize * sequenceLength];
        AttentionMask = new long[batchSize * sequenceLength];
        TokenTypeIds = new long[batchSize * sequenceLength];
    }

    public int BatchSize { get; }

    public int SequenceLength { get; }

    public long[] InputIds { get; }

    /// <summary>1 where a row has a token, 0 where it is padding.</summary>
    public long[] AttentionMask { get; }

    /// <summary>All zeros: one sentence a row, never a pair.</summary>
    public long[] TokenTypeIds { get; }
}
