using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// The CDN's <c>/attachments/{channel}/{id}/{filename}</c>: files the bot uploaded and files tests seed (a person's
/// attachment to relay). Like Discord's CDN, it needs no token.
/// </summary>
internal static class FakeCdnRoute
{
    public static void Map(WebApplication app, FakeRestState state) =>
        app.MapGet("/attachments/{channel}/{id}/{filename}", async (HttpContext context, string channel, string id, string filename) =>
        {
            FakeAttachment? file;
            lock (state.Gate)
            {
                file = state.CdnFiles.GetValueOrDefault($"{channel}/{id}/{filename}");
            }

            if (file is null)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = file.ContentType ?? "application/octet-stream";
            context.Response.ContentLength = file.Bytes.Length;
            await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
        });
}
