using System.Text;

namespace HealLink.FakeTelegram;

/// <summary>
/// While a webhook is set, posts pending updates to it one at a time, oldest first, with the secret-token header;
/// an update is confirmed by a 2xx and posted again after a pause otherwise. (Telegram may post several at once, up
/// to max_connections; one at a time is within that and keeps tests deterministic.)
/// </summary>
/// <param name="route">Where the updates for a registered URL are really posted (see <see cref="FakeTelegramOptions.WebhookRoute"/>).</param>
internal sealed class FakeWebhookDelivery(FakeUpdateQueue updates, TimeSpan retryDelay, Func<Uri, Uri> route, TimeProvider time) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly SemaphoreSlim _switching = new(1, 1);
    private readonly Lock _gate = new();
    private FakeWebhook? _current;
    private (DateTimeOffset At, string Message)? _lastError;
    private CancellationTokenSource? _stop;
    private Task _delivering = Task.CompletedTask;

    public FakeWebhook? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Why the last post failed, and when: what getWebhookInfo reports as last_error_date/message.</summary>
    public (DateTimeOffset At, string Message)? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError;
            }
        }
    }

    /// <summary>Sets (or, with null, deletes) the webhook; returns whether anything changed.</summary>
    public async Task<bool> SwitchAsync(FakeWebhook? webhook)
    {
        await _switching.WaitAsync();
        try
        {
            var current = Current;
            if ((current is null && webhook is null) || SameEndpoint(current, webhook))
            {
                lock (_gate)
                {
                    // allowed_updates may have changed; Telegram still answers "Webhook is already set".
                    _current = webhook;
                }

                return false;
            }

            await StopAsync();
            lock (_gate)
            {
                _current = webhook;
                _lastError = null;
                if (webhook is not null)
                {
                    _stop = new CancellationTokenSource();
                    var stop = _stop.Token;
                    _delivering = Task.Run(() => DeliverAsync(webhook, stop), CancellationToken.None);
                }
            }

            return true;
        }
        finally
        {
            _switching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _switching.Dispose();
        _http.Dispose();
    }

    private async Task StopAsync()
    {
        CancellationTokenSource? stop;
        Task delivering;
        lock (_gate)
        {
            (stop, _stop, delivering) = (_stop, null, _delivering);
        }

        if (stop is not null)
        {
            await stop.CancelAsync();
            await delivering;
            stop.Dispose();
        }
    }

    private async Task DeliverAsync(FakeWebhook webhook, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var update = await updates.NextAsync(stop);
                if (await TryPostAsync(webhook, update, stop))
                {
                    updates.Confirm(update);
                }
                else
                {
                    await Task.Delay(retryDelay, time, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The webhook was deleted or replaced, or the fake is stopping.
        }
    }

    private async Task<bool> TryPostAsync(FakeWebhook webhook, PendingUpdate update, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route(webhook.Url));
        request.Content = new StringContent(update.Json, Encoding.UTF8, "application/json");
        if (webhook.SecretToken is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", webhook.SecretToken);
        }

        try
        {
            using var response = await _http.SendAsync(request, stop);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            RecordError($"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException failure)
        {
            RecordError(failure.InnerException?.Message ?? failure.Message);
        }
        catch (TaskCanceledException) when (!stop.IsCancellationRequested)
        {
            RecordError("Read timeout expired");
        }

        return false;
    }

    private void RecordError(string message)
    {
        lock (_gate)
        {
            _lastError = (time.GetUtcNow(), message);
        }
    }

    private static bool SameEndpoint(FakeWebhook? a, FakeWebhook? b) =>
        a is not null && b is not null && a.Url == b.Url && a.SecretToken == b.SecretToken && a.MaxConnections == b.MaxConnections;
}
