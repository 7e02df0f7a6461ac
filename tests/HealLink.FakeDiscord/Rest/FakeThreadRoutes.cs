using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>Private threads in a guild text channel: create, add a member, archive and lock; and reading any channel.</summary>
internal sealed class FakeThreadRoutes(FakeRestState state)
{
    private static readonly int[] ArchiveDurations = [60, 1440, 4320, 10080];

    public IEnumerable<FakeRestRoute> Routes() =>
    [
        new("POST", "/channels/{channel}/threads", ["channel"], CreateAsync),
        new("PUT", "/channels/{thread}/thread-members/{user}", ["thread"], AddMemberAsync),
        new("PATCH", "/channels/{channel}", ["channel"], ModifyAsync),
        new("GET", "/channels/{channel}", ["channel"], GetAsync),
    ];

    /// <summary>A DM with its one recipient, a thread with its metadata, a guild text channel with its guild.</summary>
    private Task<FakeRestAnswer> GetAsync(FakeRestCall call)
    {
        var id = call.Value("channel");
        lock (state.Gate)
        {
            if (state.DmUserByChannel.TryGetValue(id, out var userId))
            {
                var user = state.Users[userId];
                var dm = FakeMessageJson.Channel(id, 1);
                dm["recipients"] = new JsonArray(new JsonObject { ["id"] = user.Id, ["username"] = user.Name });
                return Task.FromResult(FakeRestAnswer.Ok(dm));
            }

            if (state.Threads.TryGetValue(id, out var thread))
            {
                return Task.FromResult(FakeRestAnswer.Ok(FakeMessageJson.Thread(thread)));
            }

            if (state.GuildChannels.Contains(id))
            {
                var channel = FakeMessageJson.Channel(id, 0, "peer-conversations");
                channel["guild_id"] = FakeRestState.GuildId;
                return Task.FromResult(FakeRestAnswer.Ok(channel));
            }
        }

        throw DiscordError.UnknownChannel();
    }

    private async Task<FakeRestAnswer> CreateAsync(FakeRestCall call)
    {
        var payload = await FakeMessageRequest.ReadJsonObjectAsync(call.Context.Request, call.Aborted);
        var name = payload["name"]?.GetValue<string>() ?? "";
        if (name.Length is 0 or > 100)
        {
            throw DiscordError.InvalidForm("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        var duration = FakeMessageValidation.Int(payload, "auto_archive_duration") ?? 4320;
        if (!ArchiveDurations.Contains(duration))
        {
            throw DiscordError.InvalidForm("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
        }

        lock (state.Gate)
        {
            if (!state.GuildChannels.Contains(call.Value("channel")))
            {
                // Threads exist only in guild text channels; a DM or an unknown id is "unknown" to this route.
                throw DiscordError.UnknownChannel();
            }

            var thread = new FakeThread(
                state.NewId(),
                call.Value("channel"),
                name,
                FakeMessageValidation.Int(payload, "type") ?? 12,
                duration,
                payload["invitable"]?.GetValue<bool>() ?? true);
            state.Threads[thread.Id] = thread;
            return new FakeRestAnswer(201, FakeMessageJson.Thread(thread));
        }
    }

    private Task<FakeRestAnswer> AddMemberAsync(FakeRestCall call)
    {
        lock (state.Gate)
        {
            var thread = state.Threads.GetValueOrDefault(call.Value("thread")) ?? throw DiscordError.UnknownChannel();
            var user = call.Value("user");
            if (!state.Users.ContainsKey(user))
            {
                throw DiscordError.UnknownUser();
            }

            if (!state.GuildMembers.Contains(user))
            {
                // Someone who talks to the bot only in DMs is not in the server: Discord cannot add them.
                throw DiscordError.UnknownMember();
            }

            if (thread.Archived)
            {
                throw DiscordError.ThreadArchived();
            }

            if (!thread.Members.Contains(user))
            {
                state.Threads[thread.Id] = thread with { Members = [.. thread.Members, user] };
            }
        }

        return Task.FromResult(FakeRestAnswer.NoContent);
    }

    private async Task<FakeRestAnswer> ModifyAsync(FakeRestCall call)
    {
        var payload = await FakeMessageRequest.ReadJsonObjectAsync(call.Context.Request, call.Aborted);
        lock (state.Gate)
        {
            var thread = state.Threads.GetValueOrDefault(call.Value("channel")) ?? throw DiscordError.UnknownChannel();
            thread = thread with
            {
                Archived = Bool(payload, "archived") ?? thread.Archived,
                Locked = Bool(payload, "locked") ?? thread.Locked,
                Name = payload["name"]?.GetValue<string>() ?? thread.Name,
            };
            state.Threads[thread.Id] = thread;
            return FakeRestAnswer.Ok(FakeMessageJson.Thread(thread));
        }
    }

    private static bool? Bool(JsonObject payload, string name) => payload[name]?.GetValue<bool>();
}
