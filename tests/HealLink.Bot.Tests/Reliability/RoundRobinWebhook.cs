using HealLink.Bot.Channels.Telegram;
using HealLink.FakeTelegram.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>
/// The load balancer of the README's webhook set-up, in front of several bot processes: Telegram posts every update
/// to one public address, and each post goes to the next process in turn, body and secret header as they came; the
/// process's answer is Telegram's answer. A process that cannot be reached is answered for with a 502, so Telegram
/// posts the update again (and it reaches the next process), as a real balancer behaves with a backend down. It can
/// also lose every so many answers on the way back (a timeout between balancer and Telegram): the process committed
/// the update, but Telegram posts it again, and the next process must see it was handled.
/// </summary>
internal sealed class RoundRobinWebhook : IAsyncDisposable
{
    private const string Path = "/telegram/webhook";

    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri[] _backends;
    private readonly int[] _handled;
    private readonly int _loseAnswerEvery;
    private int _turn = -1;
    private int _answersLost;

    private RoundRobinWebhook(IReadOnlyList<Uri> backends, int loseAnswerEvery)
    {
        _loseAnswerEvery = loseAnswerEvery;
        _backends = [.. backends];
        _handled = new int[_backends.Length];
        _app = FakeHost.CreateLoopbackBuilder().Build();
        _app.MapPost(Path, ForwardAsync);
    }

    /// <summary>Where Telegram posts (plain HTTP: this stands where the TLS-terminating proxy would).</summary>
    public Uri Url => new(new Uri(_app.Urls.First()), Path);

    /// <summary>How many updates each process answered with a 2xx, in the order the processes were given.</summary>
    public IReadOnlyList<int> Handled => [.. _handled.Select((_, i) => Volatile.Read(ref _handled[i]))];

    /// <summary>Answers a process gave that Telegram was told were errors instead (see <c>loseAnswerEvery</c>).</summary>
    public int AnswersLost => Volatile.Read(ref _answersLost);

    /// <param name="backends">Each process's webhook endpoint.</param>
    /// <param name="loseAnswerEvery">Every this many posts, a process's 2xx reaches Telegram as a 504; 0: never.</param>
    public static async Task<RoundRobinWebhook> StartAsync(IReadOnlyList<Uri> backends, int loseAnswerEvery = 0)
    {
        var balancer = new RoundRobinWebhook(backends, loseAnswerEvery);
        await balancer._app.StartAsync();
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var turn = (uint)Interlocked.Increment(ref _turn);
        var backend = (int)(turn % (uint)_backends.Length);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        using var request = new HttpRequestMessage(HttpMethod.Post, _backends[backend]) { Content = new ByteArrayContent(body.ToArray()) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation(TelegramWebhook.SecretHeader, context.Request.Headers[TelegramWebhook.SecretHeader].ToString());
        try
        {
            using var response = await _http.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _handled[backend]);
                if (_loseAnswerEvery > 0 && (turn + 1) % (uint)_loseAnswerEvery == 0)
                {
                    Interlocked.Increment(ref _answersLost);
                    context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
                }
            }
        }
        catch (HttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
        }
    }
}
