namespace HealLink.FakeDiscord.Rest;

/// <summary><c>POST /users/@me/channels</c>: the DM channel with a person, the same one every time.</summary>
internal sealed class FakeUserRoutes(FakeRestState state)
{
    private const int DmChannelType = 1;

    public IEnumerable<FakeRestRoute> Routes() => [new("POST", "/users/@me/channels", [], OpenDmAsync)];

    private async Task<FakeRestAnswer> OpenDmAsync(FakeRestCall call)
    {
        var payload = await FakeMessageRequest.ReadJsonObjectAsync(call.Context.Request, call.Aborted);
        var user = payload["recipient_id"]?.ToString() ?? "";
        lock (state.Gate)
        {
            if (!state.Users.ContainsKey(user))
            {
                throw new DiscordError(400, 50033, "Invalid Recipient(s)");
            }

            if (!state.DmChannelByUser.TryGetValue(user, out var channel))
            {
                channel = state.NewId();
                state.DmChannelByUser[user] = channel;
                state.DmUserByChannel[channel] = user;
            }

            return FakeRestAnswer.Ok(FakeMessageJson.Channel(channel, DmChannelType));
        }
    }
}
