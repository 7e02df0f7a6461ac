using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>What the fake chat server can answer, one request each.</summary>
internal static class FakeChatReplies
{
    /// <summary>A chat completion as OpenAI documents it (and Ollama, llama.cpp's server and vLLM copy).</summary>
    public static Func<HttpContext, Task> Answer(string content) => context =>
    {
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_765_000_000,
            ["model"] = "fake-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 42, ["completion_tokens"] = 17, ["total_tokens"] = 59 },
        };
        return Json(context, StatusCodes.Status200OK, completion.ToJsonString());
    };

    public static Func<HttpContext, Task> Status(int status, string body = """{"error":{"message":"fake failure"}}""") =>
        context => Json(context, status, body);

    public static Func<HttpContext, Task> Malformed() =>
        context => Json(context, StatusCodes.Status200OK, """{"choices":[{"message":{"content":"Hel""");

    /// <summary>Hangs up without a reply, as a server restarting mid-request does.</summary>
    public static Func<HttpContext, Task> HangUp() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>A 307, which would make a client that follows it post the same body to <paramref name="target"/>.</summary>
    public static Func<HttpContext, Task> RedirectTo(Uri target) => context =>
    {
        context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
        context.Response.Headers.Location = new Uri(target, "v1/chat/completions").ToString();
        return Task.CompletedTask;
    };

    /// <summary>Answers only after <paramref name="delay"/>, unless the client hangs up first.</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay, string content = "Too late.") => async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        await Answer(content)(context);
    };

    private static Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }
}
