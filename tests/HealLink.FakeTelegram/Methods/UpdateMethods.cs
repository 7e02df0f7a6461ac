using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>getUpdates: confirm by offset, then answer what is pending or wait for it (long polling).</summary>
internal sealed class UpdateMethods(FakeState state)
{
    private const int MaxLongPollSeconds = 50;

    public void AddTo(ApiMethodTable table) => table.AddAsync("getUpdates", GetUpdatesAsync);

    private async Task<ApiResult> GetUpdatesAsync(ApiRequest request)
    {
        if (state.Webhooks.Current is not null)
        {
            throw TelegramError.Conflict(
                "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        if (AllowedUpdates.Parse(request.Json("allowed_updates", unparsable: null)) is { } allowed)
        {
            state.Updates.Allowed = allowed;
        }

        // Out-of-range limit and timeout are clamped, not refused, as Telegram does.
        return await state.Updates.PollAsync(
            request.Long("offset") ?? 0,
            request.Int("limit", fallback: 100, min: 1, max: 100),
            TimeSpan.FromSeconds(request.Int("timeout", fallback: 0, min: 0, max: MaxLongPollSeconds)),
            request.Aborted);
    }
}
