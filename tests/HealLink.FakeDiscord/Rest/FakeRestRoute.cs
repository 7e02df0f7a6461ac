using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// One route of the fake's API. <see cref="Template"/> is Discord's (<c>/channels/{channel}/messages</c>) and the
/// ASP.NET pattern under /api/v10 at once; <see cref="MajorParameters"/> name the route values that key its bucket.
/// </summary>
internal sealed record FakeRestRoute(string Method, string Template, string[] MajorParameters, Func<FakeRestCall, Task<FakeRestAnswer>> Handle)
{
    public string Name => $"{Method} {Template}";

    /// <summary>Interaction callbacks and interaction webhooks are authorized by their token, not the bot's.</summary>
    public bool RequiresBotToken { get; init; } = true;

    public bool CountsTowardGlobalLimit { get; init; } = true;
}

/// <summary>A request as a route's handler sees it.</summary>
internal sealed record FakeRestCall(HttpContext Context, CancellationToken Aborted)
{
    public string Value(string name) => Context.Request.RouteValues[name]?.ToString() ?? "";
}

/// <summary>A handler's answer: status and JSON body (none for 204).</summary>
internal sealed record FakeRestAnswer(int Status, JsonNode? Body)
{
    public static FakeRestAnswer Ok(JsonNode body) => new(200, body);

    public static FakeRestAnswer NoContent { get; } = new(204, null);
}
