using System.Reflection;

namespace HealLink.Core.Storage.Migrations;

/// <summary>The migrations this build knows for one provider, in version order.</summary>
internal sealed class MigrationScriptSet
{
    private readonly SortedList<int, MigrationScript> _scripts = [];

    public MigrationScriptSet(IEnumerable<MigrationScript> scripts)
    {
        foreach (var script in scripts)
        {
            if (!_scripts.TryAdd(script.Version, script))
            {
                throw new InvalidOperationException(
                    $"Two migrations share version {script.Version}: {_scripts[script.Version].FileName} and " +
                    $"{script.FileName}. Give one of them the next free version.");
            }
        }
    }

    public IEnumerable<MigrationScript> InOrder => _scripts.Values;

    /// <summary>0 when there are no scripts.</summary>
    public int LatestVersion => _scripts.Count == 0 ? 0 : _scripts.Keys[^1];

    public MigrationScript? Find(int version) => _scripts.GetValueOrDefault(version);

    /// <summary>Reads the scripts embedded from <c>Storage/Migrations/{provider}/</c>.</summary>
    public static MigrationScriptSet LoadEmbedded(DatabaseProvider provider)
    {
        var assembly = typeof(MigrationScriptSet).Assembly;
        var prefix = $"{typeof(MigrationScriptSet).Namespace}.{provider}.";
        return new MigrationScriptSet(assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
            .Select(resource => MigrationScript.Parse(resource[prefix.Length..], Read(assembly, resource))));
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
