namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>One text as a BERT model reads it: [CLS], its word pieces, [SEP]; no padding.</summary>
/// <remarks>The arrays are int64 because that is what the ONNX model takes; they belong to the caller.</remarks>
public sealed class TokenizedText
{
    internal TokenizedText(long[] inputIds)
    {
        InputIds = inputIds;
        AttentionMask = new long[inputIds.Length];
        AttentionMask.AsSpan().Fill(1);
        TokenTypeIds = new long[inputIds.Length];
    }

    public long[] InputIds { get; }

    /// <summary>All ones: every position is a real token.</summary>
    public long[] AttentionMask { get; }

    /// <summary>All zeros: one sentence, never a pair.</summary>
    public long[] TokenTypeIds { get; }

    public int Length => InputIds.Length;
}
