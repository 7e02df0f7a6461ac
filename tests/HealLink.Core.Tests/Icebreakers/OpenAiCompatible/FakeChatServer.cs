using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HealLink.Core.Tests.Icebreakers.OpenAiCompatible;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking <c>POST /v1/chat/completions</c> as Ollama and llama.cpp's server do. Each
/// request takes the next scripted reply (see <see cref="FakeChatReplies"/>); with none left it answers 500.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _replies = new();
    private readonly ConcurrentQueue<ChatRequestSeen> _requests = new();

    private FakeChatServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Nothing from the environment (ASPNETCORE_URLS, say) may move the fake off loopback.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v1/chat/completions", HandleAsync);
    }

    /// <summary>e.g. http://127.0.0.1:41234/v1, as Llm:BaseUrl is written for Ollama.</summary>
    public Uri BaseUrl => new($"{_app.Urls.First()}/v1");

    public IReadOnlyList<ChatRequestSeen> Requests => [.. _requests];

    public static async Task<FakeChatServer> StartAsync(params Func<HttpContext, Task>[] replies)
    {
        var server = new FakeChatServer();
        foreach (var reply in replies)
        {
            server._replies.Enqueue(reply);
        }

        await server._app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        _requests.Enqueue(new ChatRequestSeen(context.Request.Headers.Authorization.ToString(), body));
        var reply = _replies.TryDequeue(out var next) ? next : FakeChatReplies.Status(StatusCodes.Status500InternalServerError);
        await reply(context);
    }
}

/// <param name="Authorization">The header as sent; empty when there was none.</param>
internal sealed record ChatRequestSeen(string Authorization, JsonNode? Body);
