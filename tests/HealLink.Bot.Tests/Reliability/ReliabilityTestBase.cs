using HealLink.Core.Storage;
using HealLink.Core.Tests.Storage;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// A database of its own for each run, removed afterwards: the suite's (SQLite, or PostgreSQL on its PostgreSQL leg)
/// unless the test names one.
/// </summary>
public abstract class ReliabilityTestBase(DatabaseProvider? provider = null) : IDisposable
{
    internal TestDatabase Database { get; } = new(provider: provider);

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
