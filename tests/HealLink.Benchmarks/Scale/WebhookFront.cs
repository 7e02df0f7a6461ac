using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// Telegram's side of the webhook and the README's round-robin balancer in one. The fake posts updates one at a time
/// and waits for each answer (deterministic for tests), where Telegram posts up to max_connections (40) at once; so
/// this takes each post from the fake at once and posts the update on to the next bot process in turn, as many at
/// once as are waiting, body and secret as they came. A process that does not answer 2xx gets the update again on
/// the next process, as Telegram re-posts and the balancer moves on. Each update's latency starts at its first post.
/// </summary>
internal sealed class WebhookFront : IAsyncDisposable
{
    private const string Path = "/telegram/webhook";
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxConnections = 40;

    private static readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(100);

    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim _connections = new(MaxConnections, MaxConnections);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, DateTimeOffset> _postedAt = new();
    private readonly Uri[] _backends;
    private readonly int[] _handled;
    private int _turn = -1;
    private int _refused;

    private WebhookFront(IReadOnlyList<Uri> backends)
    {
        _backends = [.. backends];
        _handled = new int[_backends.Length];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost(Path, Accept);
    }

    /// <summary>Where the fake posts (what the bots register stands for this).</summary>
    public Uri Url => new(new Uri(_app.Urls.First()), Path);

    /// <summary>Updates each process answered 2xx, in the order the processes were given.</summary>
    public IReadOnlyList<int> Handled => [.. _handled.Select((_, i) => Volatile.Read(ref _handled[i]))];

    /// <summary>Posts a process did not answer 2xx (posted again to the next one).</summary>
    public int Refused => Volatile.Read(ref _refused);

    public static async Task<WebhookFront> StartAsync(IReadOnlyList<Uri> backends)
    {
        var front = new WebhookFront(backends);
        await front._app.StartAsync();
        return front;
    }

    /// <summary>When the update was first posted to a bot process, once it has been.</summary>
    public DateTimeOffset PostedAt(long updateId) =>
        _postedAt.TryGetValue(updateId, out var at) ? at : throw new InvalidOperationException($"Update {updateId} was never posted.");

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        _stopping.Dispose();
        _connections.Dispose();
    }

    private async Task Accept(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var update = body.ToArray();
        var secret = context.Request.Headers[SecretHeader].ToString();

        // Not awaited: the fake's next update must not wait for this one. Ends quietly when the run is over.
        _ = Task.Run(() => ForwardAsync(update, secret).ContinueWith(_ => { }, TaskScheduler.Default), CancellationToken.None);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task ForwardAsync(byte[] update, string secret)
    {
        long updateId;
        using (var json = JsonDocument.Parse(update))
        {
            updateId = json.RootElement.GetProperty("update_id").GetInt64();
        }

        var stopping = _stopping.Token;
        await _connections.WaitAsync(stopping);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var backend = (int)((uint)Interlocked.Increment(ref _turn) % (uint)_backends.Length);
                _postedAt.TryAdd(updateId, DateTimeOffset.UtcNow);
                if (await TryPostAsync(_backends[backend], update, secret))
                {
                    Interlocked.Increment(ref _handled[backend]);
                    return;
                }

                Interlocked.Increment(ref _refused);
                await Task.Delay(_retryDelay, stopping);
            }
        }
        finally
        {
            _connections.Release();
        }
    }

    private async Task<bool> TryPostAsync(Uri backend, byte[] update, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, backend) { Content = new ByteArrayContent(update) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation(SecretHeader, secret);
        try
        {
            using var response = await _http.SendAsync(request, _stopping.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
