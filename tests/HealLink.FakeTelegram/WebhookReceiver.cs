using System.Collections.Concurrent;
using HealLink.FakeTelegram.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealLink.FakeTelegram;

/// <summary>A webhook endpoint for tests of the fake: records each POST and answers the statuses given, then 200.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _statuses;
    private readonly ConcurrentQueue<ReceivedPost> _received = new();
    private readonly WebApplication _app;

    private WebhookReceiver(int[] statuses)
    {
        _statuses = new ConcurrentQueue<int>(statuses);
        _app = FakeHost.CreateLoopbackBuilder().Build();
        _app.MapPost("/telegram/webhook", ReceiveAsync);
    }

    public Uri Url => new(new Uri(_app.Urls.First()), "/telegram/webhook");

    public IReadOnlyList<ReceivedPost> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync(params int[] statusesFirst)
    {
        var receiver = new WebhookReceiver(statusesFirst);
        await receiver._app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var status = _statuses.TryDequeue(out var next) ? next : StatusCodes.Status200OK;
        _received.Enqueue(new ReceivedPost(context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString(), body, status));
        context.Response.StatusCode = status;
    }
}

internal sealed record ReceivedPost(string SecretToken, string Body, int AnsweredStatus);
