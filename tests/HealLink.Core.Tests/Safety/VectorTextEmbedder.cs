using System.Globalization;
using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Tests.Safety;

/// <summary>
/// Reads each text as the leading components of its vector ("0.8,0.3"); one more component makes it unit length, so
/// the cosine of "0.8,0.3" with "1,0" is 0.8 and with "0,1" is 0.3. Counts what it embeds, and can fail its first call.
/// </summary>
internal sealed class VectorTextEmbedder(string id = "vector-text", bool failFirstCall = false) : IEmbedder
{
    private const int Components = 4;

    private int _calls;
    private int _texts;

    public string Id => id;

    public int Dimensions => Components + 1;

    public int Texts => _texts;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == 1 && failFirstCall)
        {
            throw new InvalidOperationException("The model is not ready");
        }

        Interlocked.Add(ref _texts, texts.Count);
        return Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(Vector)]);
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        var values = text.Split(',').Select(value => float.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        values.CopyTo(vector, 0);
        vector[Components] = MathF.Sqrt(MathF.Max(0, 1 - values.Sum(v => v * v)));
        return vector;
    }
}
