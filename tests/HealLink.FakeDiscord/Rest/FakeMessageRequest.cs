using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeDiscord.Rest;

/// <summary>A file part of a multipart message: <c>files[n]</c>, n being the attachment id in payload_json.</summary>
internal sealed record FakeUploadedFile(int Index, string Filename, string? ContentType, byte[] Bytes);

/// <summary>A message body as Discord takes it: JSON, or multipart with <c>payload_json</c> and <c>files[n]</c>.</summary>
internal sealed record FakeMessageRequest(JsonObject Payload, IReadOnlyList<FakeUploadedFile> Files)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static async Task<FakeMessageRequest> ReadAsync(HttpRequest request, CancellationToken aborted)
    {
        if (!request.HasFormContentType)
        {
            return new(await ReadJsonObjectAsync(request, aborted), []);
        }

        var form = await request.ReadFormAsync(aborted);
        var payload = Parse(form["payload_json"].ToString());
        var files = new List<FakeUploadedFile>();
        foreach (var file in form.Files.Where(file => file.Name.StartsWith("files[", StringComparison.Ordinal)))
        {
            if (file.Length > MaxFileBytes)
            {
                throw DiscordError.TooLarge();
            }

            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, aborted);
            var index = int.Parse(file.Name["files[".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            files.Add(new FakeUploadedFile(index, file.FileName, file.ContentType, bytes.ToArray()));
        }

        return new(payload, files);
    }

    public static async Task<JsonObject> ReadJsonObjectAsync(HttpRequest request, CancellationToken aborted)
    {
        using var reader = new StreamReader(request.Body);
        return Parse(await reader.ReadToEndAsync(aborted));
    }

    public static async Task<JsonArray> ReadJsonArrayAsync(HttpRequest request, CancellationToken aborted)
    {
        using var reader = new StreamReader(request.Body);
        return Parse<JsonArray>(await reader.ReadToEndAsync(aborted));
    }

    private static JsonObject Parse(string json) => Parse<JsonObject>(json);

    private static T Parse<T>(string json)
        where T : JsonNode
    {
        try
        {
            return JsonNode.Parse(json) as T ?? throw DiscordError.InvalidJson();
        }
        catch (JsonException)
        {
            throw DiscordError.InvalidJson();
        }
    }
}
