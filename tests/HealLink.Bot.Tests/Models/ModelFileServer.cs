using System.Collections.Concurrent;
using HealLink.FakeTelegram.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealLink.Bot.Tests.Models;

/// <summary>
/// A real HTTP server on 127.0.0.1 serving model files the way Hugging Face does (byte ranges by ASP.NET Core's own
/// range handling), with a <see cref="ServerFault"/> to switch on; it records each request's path and Range header.
/// </summary>
internal sealed class ModelFileServer : IAsyncDisposable
{
    public const string MovedPrefix = "cdn/";

    private const string Binary = "application/octet-stream";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> _requests = new();
    private volatile ServerFault _fault;

    private ModelFileServer()
    {
        _app = FakeHost.CreateLoopbackBuilder().Build();
        _app.Run(HandleAsync);
    }

    /// <summary>e.g. http://127.0.0.1:41234/ (the port the OS gave).</summary>
    public Uri BaseUrl => new(_app.Urls.First() + "/");

    public ServerFault Fault
    {
        get => _fault;
        set => _fault = value;
    }

    public IReadOnlyList<ServedRequest> Requests => [.. _requests];

    public static async Task<ModelFileServer> StartAsync()
    {
        var server = new ModelFileServer();
        await server._app.StartAsync();
        return server;
    }

    public void Serve(TestModel model) => _files[model.RemotePath] = model.Content;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimStart('/') ?? "";
        _requests.Enqueue(new ServedRequest(path, context.Request.Headers.Range.ToString()));
        var moved = path.StartsWith(MovedPrefix, StringComparison.Ordinal);
        if (!_files.TryGetValue(moved ? path[MovedPrefix.Length..] : path, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var result = _fault switch
        {
            ServerFault.NotFound => Results.NotFound(),
            ServerFault.ServerError => Results.StatusCode(StatusCodes.Status500InternalServerError),
            ServerFault.Redirect when !moved => Results.Redirect($"/{MovedPrefix}{path}"),
            ServerFault.Corrupt => Results.Bytes(Corrupted(content), Binary, enableRangeProcessing: true),
            ServerFault.IgnoreRange => Results.Bytes(content, Binary),
            ServerFault.DropHalfway or ServerFault.StallHalfway => null,
            _ => Results.Bytes(content, Binary, enableRangeProcessing: true),
        };
        if (result is not null)
        {
            await result.ExecuteAsync(context);
            return;
        }

        await SendHalfAsync(context, content);
        if (_fault == ServerFault.StallHalfway)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up and closed the connection, as it should.
            }
        }

        context.Abort();
    }

    private static async Task SendHalfAsync(HttpContext context, byte[] content)
    {
        context.Response.ContentType = Binary;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content.AsMemory(0, content.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static byte[] Corrupted(byte[] content)
    {
        var copy = content.ToArray();
        copy[copy.Length / 2] ^= 0xFF;
        return copy;
    }
}
