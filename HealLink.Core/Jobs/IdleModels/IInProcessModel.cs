using HealLink.Core.Service.Health;

namespace HealLink.Core.Jobs.IdleModels;

/// <summary>
/// A model held in this process's memory: unloaded when nobody has used it for a while (the local idle-unload job) or
/// when an admin asks (the health page, through this process's status report), and described for that page.
/// </summary>
public interface IInProcessModel
{
    /// <returns>True when this call unloaded it.</returns>
    Task<bool> UnloadIfIdleAsync(CancellationToken cancellationToken);

    /// <summary>Unloads it now, after a generation that is running; the next request loads it again.</summary>
    /// <returns>True when this call unloaded it.</returns>
    Task<bool> UnloadAsync(CancellationToken cancellationToken);

    /// <summary>Loaded or not, and the memory around its last load and unload.</summary>
    ModelReport Describe();
}
