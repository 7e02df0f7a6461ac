using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// Picks the embedder once, at start-up: all-MiniLM-L6-v2 when it loads, otherwise the offline embedder, so the
/// service works on a fresh clone and gets better the moment the model's files are fetched.
/// </summary>
public static class EmbedderSelection
{
    public static EmbedderChoice Choose(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Embedder == EmbedderKind.Offline)
        {
            return new EmbedderChoice(new HashedNGramEmbedder(), $"{EmbeddingOptions.SectionName}:Embedder is {EmbedderKind.Offline}")
            {
                OfflineByChoice = true,
            };
        }

        try
        {
            return new EmbedderChoice(MiniLmEmbedder.Load(options), whyNotTheModel: null);
        }
        catch (Exception exception) when (IsUnusableModel(exception))
        {
            if (options.Embedder == EmbedderKind.MiniLm)
            {
                throw new EmbedderUnavailableException(
                    $"{EmbeddingOptions.SectionName}:Embedder is {EmbedderKind.MiniLm}, but {MiniLmEmbedder.EmbedderId} " +
                    $"cannot be loaded: {exception.Message}", exception);
            }

            return new EmbedderChoice(new HashedNGramEmbedder(), exception.Message);
        }
    }

    // Missing or broken files, or ONNX Runtime's native library missing from the deployment (its managed API then
    // fails in its type initializer); anything else is a bug and should surface as one.
    private static bool IsUnusableModel(Exception exception) => exception is
        IOException or InvalidDataException or OnnxRuntimeException or DllNotFoundException or BadImageFormatException
        or EntryPointNotFoundException or NotSupportedException or UnauthorizedAccessException
        or TypeInitializationException { InnerException: DllNotFoundException };
}
