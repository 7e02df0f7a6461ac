using System.Text.Json;
using System.Text.Json.Serialization;
using HealLink.Core.Messaging;

namespace HealLink.Core.Conversations;

/// <summary>
/// What someone wrote before saying which conversation it was for, in order, kept in their state (as JSON) so
/// nothing is lost and nothing is guessed: text and media alike.
/// </summary>
internal static class HeldMessages
{
    public static IReadOnlyList<HeldMessage> Read(ConversationState state) =>
        state.HeldMessages is { } json ? JsonSerializer.Deserialize(json, HeldJsonContext.Default.ListHeldMessage) ?? [] : [];

    public static void Add(ConversationState state, HeldMessage message) =>
        state.HeldMessages = JsonSerializer.Serialize([.. Read(state), message], HeldJsonContext.Default.ListHeldMessage);

    public static void Clear(ConversationState state) => state.HeldMessages = null;
}

/// <summary>One held message: typed text, or a photo, voice note or the like to copy.</summary>
internal sealed record HeldMessage(string? Text, string? MediaKind = null, string? MessageId = null, string? Caption = null, MediaFile? File = null)
{
    public static HeldMessage Of(MediaInput media) => new(null, media.Kind, media.MessageId, media.Caption, media.File);

    /// <summary>The intent that passes it on to this conversation.</summary>
    public ConversationIntent RelayTo(long connectionId) =>
        MediaKind is { } kind && MessageId is { } id
            ? new ConversationIntent.RelayMedia(connectionId, new MediaInput(kind, id, Caption, File), Crisis: false)
            : new ConversationIntent.Relay(connectionId, Text ?? "", Crisis: false);
}

[JsonSerializable(typeof(List<HeldMessage>))]
internal sealed partial class HeldJsonContext : JsonSerializerContext;
