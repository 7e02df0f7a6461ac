namespace HealLink.Core.Jobs.IdleModels;

/// <summary>Something holding a model in this process's memory that should let go of it when nobody has used it for a while.</summary>
public interface IUnloadWhenIdle
{
    /// <returns>True when this call unloaded it.</returns>
    Task<bool> UnloadIfIdleAsync(CancellationToken cancellationToken);
}
