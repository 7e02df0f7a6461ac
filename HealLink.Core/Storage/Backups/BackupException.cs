namespace HealLink.Core.Storage.Backups;

/// <summary>A backup or restore that cannot go ahead, with one line saying why and what to do.</summary>
public sealed class BackupException(string message) : Exception(message);
