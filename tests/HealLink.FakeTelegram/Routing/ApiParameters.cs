using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeTelegram.Routing;

/// <summary>
/// A call's parameters gathered from the query string and then the body (form-urlencoded, multipart fields, or a JSON
/// object), a body value overriding a query value of the same name.
/// </summary>
/// <param name="Problem">Why the body could not be read, if it could not; answered as a 400.</param>
internal sealed record ApiParameters(JsonObject Values, string? Problem)
{
    public static async Task<ApiParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new JsonObject();
        foreach (var (name, value) in request.Query)
        {
            values[name] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(cancellationToken);
                foreach (var (name, value) in form)
                {
                    values[name] = value.ToString();
                }

                // An uploaded file (sendDocument and the like) arrives as a multipart part with a file name.
                foreach (var file in form.Files)
                {
                    using var content = new MemoryStream();
                    await file.CopyToAsync(content, cancellationToken);
                    values[file.Name] = new JsonObject
                    {
                        ["uploaded_file_name"] = file.FileName,
                        ["content_base64"] = Convert.ToBase64String(content.ToArray()),
                    };
                }
            }
            catch (InvalidDataException)
            {
                return new ApiParameters(values, "can't parse form data");
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(cancellationToken);
            if (!string.IsNullOrWhiteSpace(body) && !TryAddJson(body, values))
            {
                return new ApiParameters(values, "can't parse JSON encoded request");
            }
        }

        return new ApiParameters(values, null);
    }

    private static bool TryAddJson(string body, JsonObject values)
    {
        try
        {
            if (JsonNode.Parse(body) is not JsonObject json)
            {
                return false;
            }

            foreach (var (name, value) in json)
            {
                values[name] = value?.DeepClone();
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
