namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Told, after the commit, that a finished profile's intro was saved (onboarding finished, or /edit changed it), so
/// its vector can be made before the next search needs it. Must return quickly and must not throw: the change is
/// already committed, and the vector can always be made later.
/// </summary>
public interface IIntroChangeListener
{
    Task IntroChangedAsync(long personId, CancellationToken cancellationToken);
}

/// <summary>Without jobs, nothing is done ahead: the next search embeds what changed.</summary>
internal sealed class NoIntroChangeListener : IIntroChangeListener
{
    public Task IntroChangedAsync(long personId, CancellationToken cancellationToken) => Task.CompletedTask;
}
