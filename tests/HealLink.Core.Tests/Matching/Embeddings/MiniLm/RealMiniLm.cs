using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>
/// The real all-MiniLM-L6-v2 in ../shared/models (see SOURCES.md there). Every machine that runs the tests, CI
/// included, has that folder, so a missing file fails the tests that need it rather than skipping them.
/// </summary>
internal static class RealMiniLm
{
    public static string ModelPath
    {
        get
        {
            var path = SharedModels.Path("all-MiniLM-L6-v2", "onnx", "model.onnx");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException(
                    $"The real all-MiniLM-L6-v2 model is not at '{path}'. It lives in the shared folder beside the clone " +
                    "(see SOURCES.md there); these tests need it and are not skipped without it.", path);
        }
    }

    public static EmbeddingOptions Options(int intraOpThreads = 1) => new()
    {
        Embedder = EmbedderKind.MiniLm,
        ModelPath = ModelPath,
        VocabularyPath = SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt"),
        IntraOpThreads = intraOpThreads,
    };
}
