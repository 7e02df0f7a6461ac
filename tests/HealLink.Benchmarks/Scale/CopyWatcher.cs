using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// Watches the fake's sendMessage calls for the relayed copies people wait for, on a thread of its own, and hands
/// each its arrival time at the fake (taken by the fake as the request arrived, so the watcher's pace does not move
/// it). Reads the fake's call log, which costs a list copy a look; its chats would parse every message's HTML.
/// </summary>
internal sealed class CopyWatcher : IAsyncDisposable
{
    private static readonly TimeSpan _lookEvery = TimeSpan.FromMilliseconds(2);

    private readonly FakeTelegramServer _telegram;
    private readonly ConcurrentDictionary<string, Expected> _waiting = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private int _seen;
    private int _unexpected;

    public CopyWatcher(FakeTelegramServer telegram)
    {
        _telegram = telegram;
        _watching = Task.Factory.StartNew(Watch, _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Accepted sends no one was waiting for: repeats, or copies to the wrong chat. Should stay 0.</summary>
    public int Unexpected => Volatile.Read(ref _unexpected);

    /// <summary>Call before the message is typed; completes with the copy's arrival at the fake.</summary>
    public Task<DateTimeOffset> Expect(long chatId, string text)
    {
        var expected = new Expected(chatId, new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _waiting.TryAdd(text, expected)
            ? expected.Arrival.Task
            : throw new InvalidOperationException($"Already waiting for \"{text}\".");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }

    private void Watch()
    {
        while (!_stop.Token.WaitHandle.WaitOne(_lookEvery))
        {
            var calls = _telegram.Calls;
            for (; _seen < calls.Count; _seen++)
            {
                var call = calls[_seen];
                if (call.Method == "sendmessage" && call.StatusCode == 200)
                {
                    Match(call);
                }
            }
        }
    }

    private void Match(FakeApiCall call)
    {
        var text = call.Parameters["text"]?.ToString() ?? "";
        var chatId = ChatId(call.Parameters["chat_id"]);
        if (_waiting.TryRemove(text, out var expected) && expected.ChatId == chatId)
        {
            expected.Arrival.TrySetResult(call.At);
        }
        else
        {
            Interlocked.Increment(ref _unexpected);
        }
    }

    private static long ChatId(JsonNode? node) =>
        long.TryParse(node?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private sealed record Expected(long ChatId, TaskCompletionSource<DateTimeOffset> Arrival);
}
