namespace HealLink.Core.Tests;

/// <summary>
/// The model and test-vector files kept outside the repository, in the "shared" folder beside its clone
/// (&lt;repo&gt;/../shared/models). Also compiled into the benchmarks.
/// </summary>
internal static class SharedModels
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Folder.Value, .. parts]);

    // Missing files fail the tests rather than skip them: every machine that runs them, CI included, has the folder,
    // so a skip would only hide a broken set-up.
    private static string Locate()
    {
        var root = RepositoryRoot.Path;
        var models = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "models"));
        return Directory.Exists(models)
            ? models
            : throw new DirectoryNotFoundException(
                $"The shared model files were not found at '{models}'. They live outside the repository, in a 'shared' " +
                $"folder beside the clone at '{root}'; copy or link it there.");
    }
}
