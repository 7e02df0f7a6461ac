using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Gateway;

/// <summary><c>GET /api/v10/gateway/bot</c>: where the Gateway is and the identify budget, behind the bot token.</summary>
internal static class FakeGatewayBotRoute
{
    public static void Map(WebApplication app, string token, Func<Uri> gatewayUrl, FakeGatewayState state) =>
        app.MapGet("/api/v10/gateway/bot", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/json";
            if (context.Request.Headers.Authorization.ToString() != "Bot " + token)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("""{"message":"401: Unauthorized","code":0}""");
                return;
            }

            var answer = new JsonObject
            {
                ["url"] = gatewayUrl().ToString().TrimEnd('/'),
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = state.SessionStartTotal,
                    ["remaining"] = state.SessionStartRemaining,
                    ["reset_after"] = (long)state.SessionStartResetAfter.TotalMilliseconds,
                    ["max_concurrency"] = 1,
                },
            };
            await context.Response.WriteAsync(answer.ToJsonString());
        });
}
