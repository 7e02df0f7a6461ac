namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>How one attempt at a request ended, before it is decided whether to try again.</summary>
internal abstract record DiscordAnswer
{
    private DiscordAnswer()
    {
    }

    /// <summary>Discord (or something in front of it) answered with this status and body.</summary>
    public sealed record Answered(int Status, string Body) : DiscordAnswer;

    /// <summary>No answer: the connection failed, dropped, or timed out. The request may have arrived.</summary>
    public sealed record NoAnswer(string Reason) : DiscordAnswer;

    /// <summary>Not sent: its bucket or a global pause holds it longer than the client waits by itself.</summary>
    public sealed record HeldBack(TimeSpan Wait) : DiscordAnswer;
}
