namespace HealLink.Core.Storage;

public enum DatabaseProvider
{
    /// <summary>One local file shared by the bot and the admin panel; the default.</summary>
    Sqlite,

    /// <summary>
    /// A PostgreSQL server, for several bot instances behind a load balancer (README "Running at scale"): the same
    /// model with its own migrations, and Quartz's clustered job store.
    /// </summary>
    Postgres,
}
