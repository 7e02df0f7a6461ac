namespace HealLink.Core.Service.Logging;

/// <summary>How the console log is written: <see cref="Text"/> for people reading a terminal, <see cref="Json"/> for a log shipper.</summary>
public enum LogFormat
{
    Text,

    /// <summary>One JSON object per line, with the correlation id of the update or outbox message it was written for.</summary>
    Json,
}
