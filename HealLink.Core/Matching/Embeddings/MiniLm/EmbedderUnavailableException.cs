namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>The configuration insists on the neural model and it cannot be loaded; the message says why.</summary>
public sealed class EmbedderUnavailableException(string message, Exception innerException) : Exception(message, innerException);
