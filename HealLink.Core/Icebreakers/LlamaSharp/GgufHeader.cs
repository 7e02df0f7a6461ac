using System.Buffers.Binary;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// Checks a model file's first bytes before llama.cpp sees it, so the common mistakes (no file, an HTML error page
/// saved by a failed download, a GGML file from before GGUF) get a message that says what is wrong instead of
/// llama.cpp's log lines.
/// </summary>
internal static class GgufHeader
{
    private const uint Magic = 0x46554747; // "GGUF", little-endian

    // llama.cpp 815a2a5 reads GGUF versions 2 and 3; version 1 was dropped long ago.
    private const uint OldestVersion = 2;
    private const uint NewestVersion = 3;

    private const int HeaderBytes = 24; // magic, version, tensor count (u64), metadata count (u64)

    /// <summary>Throws <see cref="LlmModelException"/> unless <paramref name="fullPath"/> starts like a GGUF file llama.cpp reads.</summary>
    /// <param name="configuredPath">The path as configured, for the message.</param>
    public static void Check(string fullPath, string configuredPath)
    {
        if (!File.Exists(fullPath))
        {
            throw new LlmModelException(
                $"The language model file {configuredPath} is missing (looked for {fullPath}). Fetch the recommended one " +
                "with `dotnet run --project HealLink.Bot -- models fetch llm`, or set Llm:ModelPath to another GGUF; until then " +
                "icebreakers come from the template.");
        }

        Span<byte> header = stackalloc byte[HeaderBytes];
        int read;
        using (var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            read = stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false);
        }

        if (read < HeaderBytes || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new LlmModelException(
                $"The language model file {configuredPath} is not a GGUF model (its first bytes are wrong; an interrupted " +
                "or failed download looks like this). Replace it with a GGUF file.");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        if (version is < OldestVersion or > NewestVersion)
        {
            throw new LlmModelException(
                $"The language model file {configuredPath} is GGUF version {version}; this build reads versions " +
                $"{OldestVersion} to {NewestVersion}. Use a file converted by a recent llama.cpp.");
        }
    }
}
