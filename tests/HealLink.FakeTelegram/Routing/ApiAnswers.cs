using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeTelegram.Routing;

/// <summary>Writes answers in Telegram's envelope; each returns the HTTP status it wrote.</summary>
internal static class ApiAnswers
{
    // Telegram writes non-ASCII text as UTF-8, not as \u escapes; relaxed escaping keeps dumps readable too.
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode? node) => node?.ToJsonString(_json) ?? "null";

    public static async Task<int> OkAsync(HttpContext context, ApiResult answer)
    {
        var result = answer.RawResult ?? Serialize(answer.Result);
        var description = answer.Description is null ? "" : ",\"description\":" + Serialize(answer.Description);
        await WriteAsync(context, StatusCodes.Status200OK, "{\"ok\":true,\"result\":" + result + description + "}");
        return StatusCodes.Status200OK;
    }

    public static async Task<int> ErrorAsync(HttpContext context, TelegramError error)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = error.ErrorCode, ["description"] = error.Message };
        if (error.Parameters is not null)
        {
            body["parameters"] = error.Parameters.DeepClone();
        }

        await WriteAsync(context, error.ErrorCode, Serialize(body));
        return error.ErrorCode;
    }

    /// <summary>500 is Telegram's own JSON error; other 5xx come from the nginx in front of it, as an HTML page.</summary>
    public static async Task<int> ServerErrorAsync(HttpContext context, int status)
    {
        if (status == StatusCodes.Status500InternalServerError)
        {
            return await ErrorAsync(context, new TelegramError());
        }

        var title = $"{status} {ReasonPhrase(status)}";
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync(
            $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
            + "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            context.RequestAborted);
        return status;
    }

    private static string ReasonPhrase(int status) => status switch
    {
        502 => "Bad Gateway",
        503 => "Service Temporarily Unavailable",
        504 => "Gateway Time-out",
        _ => "Error",
    };

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
