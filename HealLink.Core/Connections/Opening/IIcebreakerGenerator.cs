using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

/// <summary>
/// Writes the suggested first words for one side of a new connection, from what both chose to share. The template
/// writer is the default; a language-model writer can take its place.
/// </summary>
public interface IIcebreakerGenerator
{
    /// <summary>True when a model writes them, which can take seconds (a first use loads it): worth a "typing…".</summary>
    bool MayTakeAWhile { get; }

    /// <param name="reader">The person the icebreaker is for.</param>
    /// <param name="other">The person they are about to talk with.</param>
    ValueTask<string> WriteAsync(Profile reader, Profile other, CancellationToken cancellationToken);
}
