namespace HealLink.Core.Tests.Matching.Embeddings;

/// <summary>
/// The evaluation files in ../shared/models beside the repository (see its SOURCES.md). CI always has them, so a
/// missing folder fails the test rather than skipping it: a skipped quality check would pass unnoticed.
/// </summary>
internal static class SharedModels
{
    public static string StsBenchmark(string fileName) => Path.Combine(Locate(), "stsbenchmark", fileName);

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HealLink.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            Assert.Fail($"No HealLink.sln above {AppContext.BaseDirectory}, so the shared models folder cannot be found.");
        }

        var models = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "models"));
        if (!Directory.Exists(models))
        {
            Assert.Fail($"The shared models folder {models} is missing; it holds the STS Benchmark these tests evaluate on.");
        }

        return models;
    }
}
