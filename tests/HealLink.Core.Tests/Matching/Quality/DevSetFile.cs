using System.Text.Json;

namespace HealLink.Core.Tests.Matching.Quality;

/// <summary>Reads the labelled matching set and refuses one whose labels do not hold together.</summary>
internal static class DevSetFile
{
    // A field the set must have and lacks fails the load rather than reading as null.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// &lt;repo&gt;/../shared/data/match-dev.json, found as <see cref="SharedModels"/> finds the models. Kept outside the
    /// repository with them; a missing file fails whoever needs it rather than skipping them.
    /// </summary>
    public static string DefaultPath =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "match-dev.json"));

    public static async Task<DevSet> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The labelled matching set is not at '{path}'. It lives in the shared folder beside the clone " +
                "(shared/data/match-dev.json); copy or link it there, or pass another path.", path);
        }

        await using var stream = File.OpenRead(path);
        var set = await JsonSerializer.DeserializeAsync<DevSet>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"'{path}' holds no set.");
        Check(set, path);
        return set;
    }

    // A label naming nobody, or two people of one name, would quietly score as a miss; better to stop.
    private static void Check(DevSet set, string path)
    {
        var mentors = set.Mentors.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (mentors.Count != set.Mentors.Count || set.Mentees.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != set.Mentees.Count)
        {
            throw new InvalidDataException($"'{path}' gives two mentors or two mentees the same name; names are their ids.");
        }

        foreach (var mentee in set.Mentees)
        {
            if (mentee.Labels is not { Best.Count: > 0 } labels)
            {
                throw new InvalidDataException($"'{path}': mentee {mentee.Name} has no best label.");
            }

            if (labels.Best.Concat(labels.Good).FirstOrDefault(name => !mentors.Contains(name)) is { } unknown)
            {
                throw new InvalidDataException($"'{path}': mentee {mentee.Name} is labelled with {unknown}, who is not a mentor of the set.");
            }
        }
    }
}
