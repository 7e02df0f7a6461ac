using System.Text.Json;
using System.Text.Json.Serialization;
using HealLink.Core.Messaging;

namespace HealLink.Core.Pipeline;

/// <summary>Turns outbound messages into outbox rows and back.</summary>
internal static class OutboxMapping
{
    public static OutboxMessage ToRow(OutboundMessage message, DateTimeOffset now) => new()
    {
        Platform = message.To.Platform,
        ChatId = message.To.ChatId,
        ThreadId = message.To.ThreadId,
        Kind = message.Kind,
        Text = message.Text,
        ButtonsJson = message.Buttons.Count == 0
            ? null
            : JsonSerializer.Serialize(ToLists(message.Buttons), OutboxJsonContext.Default.ListListButton),
        CreatedAt = now,
        NextAttemptAt = now,
        AboutPersonId = message.AboutPersonId,
        ConnectionId = message.ConnectionId,
        CopyFromChatId = message.CopyOf?.ChatId,
        CopyMessageId = message.CopyOf?.MessageId,
        FileName = message.File?.FileName ?? message.FileName,
        FileSourcePlatform = message.File?.From,
        FileKind = message.File?.Kind,
        FileRef = message.File?.Reference,
        FileContentType = message.File?.ContentType,
    };

    public static OutboundMessage ToMessage(OutboxMessage row)
    {
        IReadOnlyList<IReadOnlyList<Button>> buttons = row.ButtonsJson is null
            ? []
            : JsonSerializer.Deserialize(row.ButtonsJson, OutboxJsonContext.Default.ListListButton) ?? [];
        return new OutboundMessage(new ChatAddress(row.Platform, row.ChatId, row.ThreadId), row.Kind, row.Text, buttons) 
        {
            AboutPersonId = row.AboutPersonId,
            ConnectionId = row.ConnectionId,
            CopyOf = row.CopyFromChatId is { } chat && row.CopyMessageId is { } id ? new MessageRef(chat, id) : null,
            FileName = row.FileName,
            File = RelayedFileOf(row),
        };
    }

    private static RelayedFile? RelayedFileOf(OutboxMessage row) =>
        row is { FileSourcePlatform: { } from, FileKind: { } kind, FileRef: { } reference }
            ? new RelayedFile(from, kind, reference, row.FileName ?? "file", row.FileContentType)
            : null;

    private static List<List<Button>> ToLists(IReadOnlyList<IReadOnlyList<Button>> rows) =>
        rows.Select(row => row.ToList()).ToList();
}

[JsonSerializable(typeof(List<List<Button>>))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
