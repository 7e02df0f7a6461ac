namespace HealLink.Core.Storage;

public enum DatabaseProvider
{
    /// <summary>One local file shared by the bot and the admin panel; the default.</summary>
    Sqlite,

    /// <summary>For several bot instances; planned, not supported yet.</summary>
    Postgres,
}
