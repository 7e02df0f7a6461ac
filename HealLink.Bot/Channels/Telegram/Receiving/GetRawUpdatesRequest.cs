using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace HealLink.Bot.Channels.Telegram.Receiving;

/// <summary>
/// getUpdates with its result left as JSON elements, so that <see cref="UpdateJson"/> reads each update on its
/// own: the library's own request reads the whole list in one go, and one malformed update would then make every
/// poll fail and the offset never advance.
/// </summary>
internal sealed class GetRawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
