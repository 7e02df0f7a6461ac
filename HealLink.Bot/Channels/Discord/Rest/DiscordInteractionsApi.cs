namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Answering interactions (button presses, select choices, slash commands). The callback must reach Discord within
/// 3 seconds, so it skips the global limiter (Discord exempts interaction endpoints from the global limit); the
/// interaction token then works for 15 minutes for editing the original answer and sending follow-ups, which go
/// through the limiters like any other request. Tokens travel only in the address, which is never logged.
/// </summary>
public sealed class DiscordInteractionsApi(DiscordRestClient client)
{
    public Task<DiscordResult<NoContent>> RespondAsync(
        string interactionId, string interactionToken, DiscordInteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionId);
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        if (DiscordMessageLimits.CheckContent(response.Data?.Content) is { } refused)
        {
            return Task.FromResult<DiscordResult<NoContent>>(refused);
        }

        var payload = new InteractionCallbackPayload((int)response.Type, response.Data is { } data ? InteractionMessagePayload.From(data) : null);
        return client.SendAsync<NoContent>(
            DiscordRoutes.InteractionCallback(interactionId, interactionToken), DiscordRequestBodies.Json(payload), cancellationToken);
    }

    public Task<DiscordResult<DiscordMessage>> EditOriginalAsync(
        string applicationId, string interactionToken, DiscordMessageEdit edit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(applicationId);
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(edit);
        if (DiscordMessageLimits.CheckContent(edit.Content) is { } refused)
        {
            return Task.FromResult<DiscordResult<DiscordMessage>>(refused);
        }

        var body = DiscordRequestBodies.Json(new EditMessagePayload(edit.Content, edit.Components, AllowedMentions.None));
        return client.SendAsync<DiscordMessage>(DiscordRoutes.EditOriginal(applicationId, interactionToken), body, cancellationToken);
    }

    public Task<DiscordResult<DiscordMessage>> FollowUpAsync(
        string applicationId, string interactionToken, DiscordInteractionMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(applicationId);
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(message);
        if (DiscordMessageLimits.CheckContent(message.Content) is { } refused)
        {
            return Task.FromResult<DiscordResult<DiscordMessage>>(refused);
        }

        return client.SendAsync<DiscordMessage>(
            DiscordRoutes.FollowUp(applicationId, interactionToken), DiscordRequestBodies.Json(InteractionMessagePayload.From(message)), cancellationToken);
    }
}
