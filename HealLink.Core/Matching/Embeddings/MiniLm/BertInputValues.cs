using HealLink.Core.Matching.Embeddings.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// A <see cref="TokenBatch"/> as the three int64 [batch, sequence] tensors a BERT encoder takes, in
/// <see cref="Names"/>' order. The tensors are views of the batch's own arrays, pinned until disposal, never copies.
/// </summary>
internal sealed class BertInputValues : IDisposable
{
    public static readonly IReadOnlyList<string> Names = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly List<OrtValue> _values = new(Names.Count);

    public BertInputValues(TokenBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        long[] shape = [batch.BatchSize, batch.SequenceLength];
        try
        {
            foreach (var data in new[] { batch.InputIds, batch.AttentionMask, batch.TokenTypeIds })
            {
                _values.Add(OrtValue.CreateTensorValueFromMemory(data, shape));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public IReadOnlyList<OrtValue> Values => _values;

    public void Dispose()
    {
        foreach (var value in _values)
        {
            value.Dispose();
        }

        _values.Clear();
    }
}
