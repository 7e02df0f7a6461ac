using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary><c>POST /channels/{channel}/messages</c>, its edit, and typing.</summary>
internal sealed class FakeMessageRoutes(FakeRestState state, Func<Uri> cdnBase)
{
    // Discord deduplicates enforced nonces over "the past few minutes".
    private static readonly TimeSpan NonceMemory = TimeSpan.FromMinutes(5);

    public IEnumerable<FakeRestRoute> Routes() =>
    [
        new("POST", "/channels/{channel}/messages", ["channel"], CreateAsync),
        new("PATCH", "/channels/{channel}/messages/{message}", ["channel"], EditAsync),
        new("POST", "/channels/{channel}/typing", ["channel"], TypingAsync),
    ];

    private async Task<FakeRestAnswer> CreateAsync(FakeRestCall call)
    {
        var channel = call.Value("channel");
        lock (state.Gate)
        {
            CheckCanSend(channel);
        }

        var request = await FakeMessageRequest.ReadAsync(call.Context.Request, call.Aborted);
        var payload = request.Payload;
        FakeMessageValidation.CheckCreate(payload, request.Files.Count);
        var nonce = payload["nonce"]?.ToString();
        var enforced = nonce is not null && payload["enforce_nonce"]?.GetValue<bool>() == true;
        lock (state.Gate)
        {
            var now = state.Time.GetUtcNow();
            if (enforced && state.Nonces.TryGetValue(nonce!, out var earlier) && now - earlier.At < NonceMemory)
            {
                return FakeRestAnswer.Ok(FakeMessageJson.Message(earlier.Message, earlier.At));
            }

            var id = state.NewId();
            var message = new FakeMessage(
                id,
                channel,
                payload["content"]?.GetValue<string>() ?? "",
                payload["components"]?.DeepClone() as JsonArray,
                payload["allowed_mentions"]?.DeepClone() as JsonObject,
                nonce,
                payload["message_reference"]?["message_id"]?.GetValue<string>(),
                [.. request.Files.Select(file => Attach(channel, payload, file))],
                FakeMessageValidation.Int(payload, "flags"));
            state.Store(message);
            if (enforced)
            {
                state.Nonces[nonce!] = (message, now);
            }

            return FakeRestAnswer.Ok(FakeMessageJson.Message(message, now));
        }
    }

    private async Task<FakeRestAnswer> EditAsync(FakeRestCall call)
    {
        var edit = await FakeMessageEdit.ReadAsync(call);
        lock (state.Gate)
        {
            var stored = state.Messages.GetValueOrDefault(call.Value("channel"))?.Find(message => message.Id == call.Value("message"))
                ?? throw DiscordError.UnknownMessage();
            var edited = edit.ApplyTo(stored);
            state.Replace(edited);
            return FakeRestAnswer.Ok(FakeMessageJson.Message(edited, state.Time.GetUtcNow()));
        }
    }

    private Task<FakeRestAnswer> TypingAsync(FakeRestCall call)
    {
        lock (state.Gate)
        {
            var channel = call.Value("channel");
            CheckCanSend(channel);
            state.Typing.Add(channel);
        }

        return Task.FromResult(FakeRestAnswer.NoContent);
    }

    /// <summary>Unknown channel 404, a DM with someone who blocked the bot 403 50007, an archived thread 400 50083.</summary>
    private void CheckCanSend(string channel)
    {
        if (!state.ChannelExists(channel))
        {
            throw DiscordError.UnknownChannel();
        }

        if (state.DmUserByChannel.TryGetValue(channel, out var user) && state.Blocked.Contains(user))
        {
            throw DiscordError.CannotSendToUser();
        }

        if (state.Threads.TryGetValue(channel, out var thread) && thread.Archived)
        {
            throw DiscordError.ThreadArchived();
        }
    }

    private FakeAttachment Attach(string channel, JsonObject payload, FakeUploadedFile file)
    {
        var slot = (payload["attachments"] as JsonArray)?.FirstOrDefault(attachment => FakeMessageValidation.Int(attachment as JsonObject, "id") == file.Index);
        var filename = slot?["filename"]?.GetValue<string>() ?? file.Filename;
        var id = state.NewId();
        var attachment = new FakeAttachment(id, filename, file.ContentType, file.Bytes, new Uri(cdnBase(), $"/attachments/{channel}/{id}/{Uri.EscapeDataString(filename)}"));
        state.CdnFiles[$"{channel}/{id}/{filename}"] = attachment;
        return attachment;
    }
}
