using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Request bodies as factories: serialized once, but a fresh <see cref="HttpContent"/> for every attempt, because a
/// sent content is disposed and a retried request must carry the same bytes again.
/// </summary>
internal static class DiscordRequestBodies
{
    public static Func<HttpContent> Json<T>(T payload)
    {
        var json = JsonSerializer.Serialize(payload, DiscordJson.Options);
        return () => new StringContent(json, Encoding.UTF8, "application/json");
    }

    /// <summary>Discord's upload form: <c>payload_json</c> plus one <c>files[n]</c> part per file, n matching <c>attachments[].id</c>.</summary>
    public static Func<HttpContent> Multipart<T>(T payload, IReadOnlyList<DiscordFile> files)
    {
        var json = JsonSerializer.Serialize(payload, DiscordJson.Options);
        return () =>
        {
            var form = new MultipartFormDataContent();
            form.Add(new StringContent(json, Encoding.UTF8, "application/json"), "payload_json");
            for (var n = 0; n < files.Count; n++)
            {
                var part = new ReadOnlyMemoryContent(files[n].Content);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(files[n].ContentType);
                form.Add(part, $"files[{n}]", files[n].FileName);
            }

            return form;
        };
    }
}
