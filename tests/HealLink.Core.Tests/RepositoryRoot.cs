namespace HealLink.Core.Tests;

/// <summary>The clone's top folder: the nearest folder holding HealLink.sln above the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Path => Folder.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "HealLink.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder holding HealLink.sln was found above '{AppContext.BaseDirectory}'.");
    }
}
