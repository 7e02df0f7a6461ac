using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Rest;

/// <summary>What the fake writes for a queued fault that answers in place of the route.</summary>
internal static class FakeRestFaultAnswers
{
    public static async Task<int> WriteAsync(HttpContext context, FakeRestFault fault)
    {
        switch (fault)
        {
            case FakeRestFault.ServerError { Status: 500 }:
                return await FakeRestEndpoint.WriteAsync(context, 500, new DiscordError(500, 0, "500: Internal Server Error").Body());
            case FakeRestFault.ServerError error:
                // Cloudflare's page, not JSON: a client must classify by status without reading the body.
                context.Response.StatusCode = error.Status;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync($"<html><body><h1>{error.Status} Bad Gateway</h1></body></html>", context.RequestAborted);
                return error.Status;
            case FakeRestFault.TooManyRequests limited:
                context.Response.Headers["X-RateLimit-Scope"] = limited.Global ? "global" : "shared";
                if (limited.Global)
                {
                    context.Response.Headers["X-RateLimit-Global"] = "true";
                }

                context.Response.Headers["Retry-After"] = FakeRestEndpoint.Seconds(Math.Ceiling(limited.RetryAfterSeconds));
                return await FakeRestEndpoint.WriteAsync(context, 429, FakeRestEndpoint.TooManyRequests(limited.RetryAfterSeconds, limited.Global));
            case FakeRestFault.ApiError error:
                return await FakeRestEndpoint.WriteAsync(context, error.Status, new DiscordError(error.Status, error.Code, error.Message).Body());
            case FakeRestFault.MalformedJson:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"id\": \"1\", \"content\": ", context.RequestAborted);
                return 200;
            default:
                throw new InvalidOperationException($"The fault {fault} does not answer by itself.");
        }
    }
}
