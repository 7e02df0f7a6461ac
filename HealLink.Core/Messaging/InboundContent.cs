namespace HealLink.Core.Messaging;

/// <summary>What a person sent: typed text, a button press, or something we cannot read.</summary>
public abstract record InboundContent;

/// <summary>Typed text, exactly as the platform delivered it (not yet trimmed or validated).</summary>
public sealed record TextInput(string Text) : InboundContent;

/// <summary>A press of a button we sent earlier; <paramref name="Payload"/> is the button's payload.</summary>
public sealed record ButtonPress(string Payload) : InboundContent;

/// <summary>Something we cannot pass on (a location, a contact, a poll); <paramref name="Kind"/> names it.</summary>
public sealed record UnsupportedInput(string Kind) : InboundContent
{
    /// <summary>
    /// Several files in one message (Discord allows ten): refused whole, so that no file, and no caption meant for
    /// all of them, goes on without the others.
    /// </summary>
    public const string SeveralFiles = "files";
}

/// <summary>
/// A photo, voice note, video, document or sticker. <paramref name="MessageId"/> is the platform's id of the message
/// in the sender's chat, which a platform that copies messages (Telegram) needs; <paramref name="File"/> says where
/// its file can be downloaded, which carrying it to another platform needs (null when the reader could not tell).
/// </summary>
public sealed record MediaInput(string Kind, string MessageId, string? Caption, MediaFile? File = null) : InboundContent
{
    /// <summary>Kinds that carry a caption, where a copy can be labelled with the sender's name.</summary>
    public bool TakesCaption => Kind is not ("sticker" or "video_note");
}

/// <summary>The person edited a message they sent earlier (<paramref name="MessageId"/>); this is its new text.</summary>
public sealed record EditedText(string MessageId, string Text) : InboundContent;
