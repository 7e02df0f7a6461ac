namespace HealLink.Core.Storage.Migrations;

/// <summary>A row of <c>schema_history</c>.</summary>
internal sealed record AppliedMigration(int Version, string Name, string Checksum, DateTimeOffset AppliedAt);
