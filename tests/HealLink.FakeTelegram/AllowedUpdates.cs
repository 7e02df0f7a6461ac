using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram;

/// <summary>
/// The update types Telegram keeps for the bot: one setting, changed by getUpdates and setWebhook alike. An update of
/// another type is never queued; updates already queued stay.
/// </summary>
/// <param name="Chosen">The types asked for, or null for the default: all but chat_member and the reactions.</param>
internal sealed record AllowedUpdates(FrozenSet<string>? Chosen)
{
    private static readonly FrozenSet<string> _known = FrozenSet.Create(
        StringComparer.Ordinal,
        "message", "edited_message", "channel_post", "edited_channel_post", "business_connection", "business_message",
        "edited_business_message", "deleted_business_messages", "message_reaction", "message_reaction_count",
        "inline_query", "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query",
        "purchased_paid_media", "poll", "poll_answer", "my_chat_member", "chat_member", "chat_join_request",
        "chat_boost", "removed_chat_boost", "guest_message", "managed_bot");

    private static readonly FrozenSet<string> _offByDefault = FrozenSet.Create(
        StringComparer.Ordinal, "chat_member", "message_reaction", "message_reaction_count");

    public static AllowedUpdates Default { get; } = new((FrozenSet<string>?)null);

    /// <summary>
    /// A payload with no type (fuzzing) is always kept; a type the fake does not know is kept only by the default.
    /// </summary>
    public bool Allows(string? type) =>
        type is null || (Chosen?.Contains(type) ?? !_offByDefault.Contains(type));

    /// <summary>
    /// The setting a request asks for, or null to keep the current one (parameter absent, or not a list of strings).
    /// As in Telegram, unknown names are ignored and a list naming no known type means the default.
    /// </summary>
    public static AllowedUpdates? Parse(JsonNode? node)
    {
        if (node is not JsonArray names || names.Any(n => n is not JsonValue value || !value.TryGetValue<string>(out _)))
        {
            return null;
        }

        var chosen = names.Select(n => n!.GetValue<string>().ToLowerInvariant()).Where(_known.Contains).ToFrozenSet();
        return chosen.Count == 0 ? Default : new AllowedUpdates(chosen);
    }

    public IReadOnlyList<string>? Names => Chosen?.Order(StringComparer.Ordinal).ToList();
}
