using System.Globalization;
using System.Text;

namespace HealLink.Core.Tests.Matching.Embeddings.Tokenization;

/// <summary>
/// llama.cpp's tokenizer test vectors for the uncased BERT vocabulary (ggml-vocab-bert-bge.gguf.inp/.out), which is
/// all-MiniLM-L6-v2's vocab.txt. Read as llama.cpp's test-tokenizer-0 reads them: inputs end with a line
/// "__ggml_vocab_test__"; the .out has one line of space-separated ids per input. That test tokenizes with
/// add_special = false, so the ids hold no [CLS] (101) or [SEP] (102), and nothing is truncated: they are compared
/// with <c>Tokenize</c>, not <c>Encode</c>.
/// </summary>
public sealed class GgmlBertVectorTests
{
    private const string Separator = "\n__ggml_vocab_test__\n";
    private const int ExpectedVectorCount = 46;

    private static readonly Lazy<(string Input, long[] Expected)[]> Vectors = new(Read);

    public static TheoryData<int> VectorIndexes => [.. Enumerable.Range(0, ExpectedVectorCount)];

    [Fact]
    public void Vectors_BothFiles_HoldTheSame46Tests()
    {
        Assert.Equal(ExpectedVectorCount, Vectors.Value.Length);
        Assert.DoesNotContain(Vectors.Value, v => v.Expected.Contains(101) || v.Expected.Contains(102));
    }

    [Theory]
    [MemberData(nameof(VectorIndexes))]
    public void Tokenize_GgmlBertVector_MatchesExpectedIds(int index)
    {
        var (input, expected) = Vectors.Value[index];
        var ids = new long[4 * input.Length + 1];

        var count = MiniLm.Tokenizer.Tokenize(input, ids);

        Assert.True(
            expected.AsSpan().SequenceEqual(ids.AsSpan(0, count)),
            $"Input {index} '{input}': expected [{string.Join(' ', expected)}], got [{string.Join(' ', ids[..count])}] " +
            $"= {string.Join(' ', MiniLm.Tokens(ids[..count]))}");
    }

    private static (string Input, long[] Expected)[] Read()
    {
        var folder = SharedModels.Path("gguf-test");
        var inputs = File.ReadAllText(Path.Combine(folder, "ggml-vocab-bert-bge.gguf.inp"), Encoding.UTF8);
        var outputs = File.ReadAllLines(Path.Combine(folder, "ggml-vocab-bert-bge.gguf.out"), Encoding.UTF8);

        var texts = new List<string>();
        for (var position = 0; position < inputs.Length;)
        {
            var next = inputs.IndexOf(Separator, position, StringComparison.Ordinal);
            if (next < 0)
            {
                texts.Add(inputs[position..]);
                break;
            }

            texts.Add(inputs[position..next]);
            position = next + Separator.Length;
        }

        Assert.Equal(texts.Count, outputs.Length);
        return [.. texts.Zip(outputs, (text, line) => (text, ParseIds(line)))];
    }

    // Each line starts with a space, as llama.cpp writes them.
    private static long[] ParseIds(string line) =>
        [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, CultureInfo.InvariantCulture))];
}
