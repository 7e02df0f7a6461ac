using System.Globalization;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// llama.cpp's tokenizer test vectors (tests/test-tokenizer-0): in the .inp file each input text is followed by a
/// line "__ggml_vocab_test__" (texts may be empty, or only spaces and newlines, so nothing is trimmed); the .out file
/// holds one line per input with its token ids, space-separated, tokenized without BOS and without parsing special
/// tokens.
/// </summary>
internal static class TokenizerVectors
{
    private const string Separator = "\n__ggml_vocab_test__\n";

    public static IReadOnlyList<(string Text, int[] Tokens)> Read(string inputPath, string outputPath)
    {
        var inputs = File.ReadAllText(inputPath).Split(Separator);

        // The file ends with a separator, so the last piece is the empty rest after it.
        Assert.Equal(string.Empty, inputs[^1]);
        var outputs = File.ReadAllLines(outputPath);
        Assert.Equal(inputs.Length - 1, outputs.Length);

        return [.. outputs.Select((line, i) => (inputs[i], Ids(line)))];
    }

    private static int[] Ids(string line) =>
        [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture))];
}
