using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// Answering interactions: the callback (once per interaction, 40060 after), then the original answer's edit and
/// follow-ups through the interaction's webhook. Authorized by the interaction token, not the bot's.
/// </summary>
internal sealed class FakeInteractionRoutes(FakeRestState state)
{
    private static readonly int[] CallbackTypes = [1, 4, 5, 6, 7, 8, 9];

    public IEnumerable<FakeRestRoute> Routes() =>
    [
        new("POST", "/interactions/{interaction}/{token}/callback", ["interaction"], CallbackAsync)
        {
            RequiresBotToken = false,
            CountsTowardGlobalLimit = false,
        },
        new("PATCH", "/webhooks/{application}/{token}/messages/@original", ["application", "token"], EditOriginalAsync) { RequiresBotToken = false },
        new("POST", "/webhooks/{application}/{token}", ["application", "token"], FollowUpAsync) { RequiresBotToken = false },
    ];

    private async Task<FakeRestAnswer> CallbackAsync(FakeRestCall call)
    {
        var payload = await FakeMessageRequest.ReadJsonObjectAsync(call.Context.Request, call.Aborted);
        var type = FakeMessageValidation.Int(payload, "type") ?? 0;
        if (!CallbackTypes.Contains(type))
        {
            throw DiscordError.InvalidForm("type", "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9}.");
        }

        var data = payload["data"]?.DeepClone() as JsonObject;
        FakeMessageValidation.CheckContentAndComponents(data);
        var interaction = call.Value("interaction");
        var token = call.Value("token");
        lock (state.Gate)
        {
            if (state.Callbacks.Exists(callback => callback.InteractionId == interaction))
            {
                throw DiscordError.AlreadyAcknowledged();
            }

            state.Callbacks.Add(new FakeInteractionCallback(interaction, token, type, data));
            if (type is 4 or 5)
            {
                // A deferred answer shows "thinking…" until the original is edited.
                state.Originals[token] = NewMessage(token, data);
            }
        }

        return FakeRestAnswer.NoContent;
    }

    private async Task<FakeRestAnswer> EditOriginalAsync(FakeRestCall call)
    {
        var edit = await FakeMessageEdit.ReadAsync(call);
        lock (state.Gate)
        {
            var token = call.Value("token");
            var edited = edit.ApplyTo(state.Originals.GetValueOrDefault(token) ?? throw DiscordError.UnknownMessage());
            state.Originals[token] = edited;
            return FakeRestAnswer.Ok(FakeMessageJson.Message(edited, state.Time.GetUtcNow()));
        }
    }

    private async Task<FakeRestAnswer> FollowUpAsync(FakeRestCall call)
    {
        var payload = await FakeMessageRequest.ReadJsonObjectAsync(call.Context.Request, call.Aborted);
        FakeMessageValidation.CheckCreate(payload, files: 0);
        lock (state.Gate)
        {
            var token = call.Value("token");
            if (!state.Originals.ContainsKey(token))
            {
                throw new DiscordError(404, 10015, "Unknown Webhook");
            }

            var message = NewMessage(token, payload);
            state.FollowUps.Add(message);
            return FakeRestAnswer.Ok(FakeMessageJson.Message(message, state.Time.GetUtcNow()));
        }
    }

    private FakeMessage NewMessage(string token, JsonObject? data) => new(
        state.NewId(),
        $"interaction:{token}",
        data?["content"]?.GetValue<string>() ?? "",
        data?["components"]?.DeepClone() as JsonArray,
        data?["allowed_mentions"]?.DeepClone() as JsonObject,
        Nonce: null,
        ReplyToMessageId: null,
        [],
        FakeMessageValidation.Int(data, "flags"));
}
