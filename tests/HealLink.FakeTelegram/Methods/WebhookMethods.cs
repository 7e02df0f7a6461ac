using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram.Methods;

/// <summary>
/// setWebhook, deleteWebhook and getWebhookInfo. Unlike Telegram, the fake accepts http:// URLs on any port, so tests
/// can point it at a plain local listener.
/// </summary>
internal sealed class WebhookMethods(FakeState state)
{
    private const int MaxSecretTokenLength = 256;

    public void AddTo(ApiMethodTable table)
    {
        table.AddAsync("setWebhook", SetWebhookAsync);
        table.AddAsync("deleteWebhook", DeleteWebhookAsync);
        table.Add("getWebhookInfo", _ => ApiResult.Of(WebhookInfo()));
    }

    private async Task<ApiResult> SetWebhookAsync(ApiRequest request)
    {
        var url = request.String("url");
        if (string.IsNullOrEmpty(url))
        {
            return await DeleteWebhookAsync(request);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw TelegramError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = request.String("secret_token") is { Length: > 0 } given ? given : null;
        if (secret is { Length: > MaxSecretTokenLength })
        {
            throw TelegramError.BadRequest("secret token is too long");
        }

        if (secret is not null && !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw TelegramError.BadRequest("secret token contains unallowed characters");
        }

        if (AllowedUpdates.Parse(request.Json("allowed_updates", unparsable: null)) is { } allowed)
        {
            state.Updates.Allowed = allowed;
        }

        DropPendingIfAsked(request);
        state.Updates.EndPoll("terminated by setWebhook request");
        var webhook = new FakeWebhook(
            uri, secret, state.Updates.Allowed.Names, request.Int("max_connections", fallback: 40, min: 1, max: 100));
        return ApiResult.True(await state.Webhooks.SwitchAsync(webhook) ? "Webhook was set" : "Webhook is already set");
    }

    private async Task<ApiResult> DeleteWebhookAsync(ApiRequest request)
    {
        DropPendingIfAsked(request);
        return ApiResult.True(await state.Webhooks.SwitchAsync(null) ? "Webhook was deleted" : "Webhook is already deleted");
    }

    private void DropPendingIfAsked(ApiRequest request)
    {
        if (request.Bool("drop_pending_updates"))
        {
            state.Updates.DropPending();
        }
    }

    private JsonObject WebhookInfo()
    {
        var webhook = state.Webhooks.Current;
        var info = new JsonObject
        {
            ["url"] = webhook?.Url.OriginalString ?? "",
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = state.Updates.PendingCount,
        };
        if (webhook is null)
        {
            return info;
        }

        if (state.Webhooks.LastError is { } error)
        {
            info["last_error_date"] = error.At.ToUnixTimeSeconds();
            info["last_error_message"] = error.Message;
        }

        info["max_connections"] = webhook.MaxConnections;
        if (webhook.AllowedUpdates is { } names)
        {
            info["allowed_updates"] = new JsonArray([.. names.Select(n => (JsonNode)n)]);
        }

        return info;
    }
}
