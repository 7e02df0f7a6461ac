namespace HealLink.Core.Matching;

/// <summary>
/// A person's intro as a vector, one row per embedder: vectors of different embedders are never compared, and a
/// change of model re-embeds everyone without losing the old vectors until the new ones exist.
/// </summary>
public sealed class ProfileVector
{
    public long PersonId { get; set; }

    public required string EmbedderId { get; set; }

    public int Dimensions { get; set; }

    /// <summary>The unit vector's floats, little-endian.</summary>
    public required byte[] Vector { get; set; }

    /// <summary>SHA-256 of the text embedded, so an unchanged intro is not embedded again.</summary>
    public required string TextHash { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Grows with every write, in commit order (see <see cref="Flow.VectorRevisions"/>), so each process's index
    /// reads only what changed since it last looked.
    /// </summary>
    public long Revision { get; set; }
}
