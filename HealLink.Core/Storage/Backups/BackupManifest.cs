using System.Text.Json;

namespace HealLink.Core.Storage.Backups;

/// <summary>
/// What a backup holds, written beside it as <c>&lt;backup&gt;.manifest.json</c>: when it was taken, the schema
/// version, row counts of the tables people's data lives in (counts only, never content), and the file's sha256, which
/// a restore checks first, and the encryption keys it needs (ids and the key ring's fingerprint, never a key).
/// </summary>
public sealed record BackupManifest(
    DateTimeOffset TakenAt,
    int SchemaVersion,
    IReadOnlyDictionary<string, long> RowCounts,
    string Sha256,
    long Bytes,
    BackupKeys? Keys = null)
{
    public static IReadOnlyList<string> CountedTables { get; } =
        ["people", "profiles", "connections", "relayed_messages", "outbox_messages", "crisis_flags", "reports", "audit_entries"];

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathFor(string backupFile) => backupFile + ".manifest.json";
}
