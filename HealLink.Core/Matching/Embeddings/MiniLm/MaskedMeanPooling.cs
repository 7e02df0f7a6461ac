using System.Numerics.Tensors;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// Sentence-transformers' pooling for all-MiniLM-L6-v2: the mean of a row's token vectors, counting only the
/// tokens its attention mask keeps (padding would otherwise pull short texts towards each other), then scaled to
/// unit length so a dot product is a cosine.
/// </summary>
public static class MaskedMeanPooling
{
    /// <param name="hidden">Row-major [batch, sequence, dimensions] token vectors.</param>
    /// <param name="mask">Row-major [batch, sequence]: 1 for a token, 0 for padding.</param>
    public static float[][] Pool(ReadOnlySpan<float> hidden, ReadOnlySpan<long> mask, int batchSize, int sequenceLength, int dimensions)
    {
        if (hidden.Length != batchSize * sequenceLength * dimensions || mask.Length != batchSize * sequenceLength)
        {
            throw new ArgumentException(
                $"[{batchSize}, {sequenceLength}, {dimensions}] needs {batchSize * sequenceLength * dimensions} values and " +
                $"{batchSize * sequenceLength} mask entries; got {hidden.Length} and {mask.Length}.");
        }

        var vectors = new float[batchSize][];
        for (var row = 0; row < batchSize; row++)
        {
            var vector = new float[dimensions];
            var tokens = 0;
            for (var position = 0; position < sequenceLength; position++)
            {
                if (mask[(row * sequenceLength) + position] == 0)
                {
                    continue;
                }

                TensorPrimitives.Add(vector, hidden.Slice(((row * sequenceLength) + position) * dimensions, dimensions), vector);
                tokens++;
            }

            // The mean's scale vanishes in the normalisation; dividing first keeps the numbers those of the model.
            if (tokens > 0)
            {
                TensorPrimitives.Divide(vector, tokens, vector);
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            vectors[row] = vector;
        }

        return vectors;
    }
}
