namespace HealLink.Core.Messaging;

/// <summary>
/// One platform update, already turned into our own shape by a channel adapter.
/// </summary>
/// <param name="Chat">Where the person wrote from; replies go back here.</param>
/// <param name="PlatformUserId">Who wrote, as the platform identifies them.</param>
/// <param name="UpdateId">
/// The platform's identifier of this delivery (Telegram update_id, Discord interaction or message id, a console
/// sequence number). Unique per platform; the same update delivered twice carries the same id.
/// </param>
/// <param name="Content">What they sent.</param>
/// <param name="ReceivedAt">When the channel received it.</param>
public sealed record InboundMessage(
    ChatAddress Chat,
    string PlatformUserId,
    string UpdateId,
    InboundContent Content,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The platform's id of the message this one replies to, when the person used the platform's Reply.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>The platform's id of this message in its chat (not of the update): what a relay copies, and what an edit names.</summary>
    public string? MessageId { get; init; }

    /// <summary>
    /// The language the person's app is set to, when the platform says (Telegram's <c>language_code</c>, Discord's
    /// interaction locale): the first guess of the language to speak to a newcomer in.
    /// </summary>
    public string? LanguageCode { get; init; }
}
