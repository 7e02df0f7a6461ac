using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram.Routing;

/// <summary>What a method answers on success: <c>{"ok":true,"result":…,"description"?:…}</c>.</summary>
/// <param name="RawResult">JSON text written as the result verbatim, for answers that must not be well-formed.</param>
internal sealed record ApiResult(JsonNode? Result, string? Description = null, string? RawResult = null)
{
    public static ApiResult True(string? description = null) => new(JsonValue.Create(true), description);

    public static ApiResult Of(JsonNode result) => new(result);

    public static ApiResult Raw(string resultJson) => new(null, null, resultJson);
}
