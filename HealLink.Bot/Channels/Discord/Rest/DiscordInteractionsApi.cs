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
        ArgumentNullException.ThrowIfNull(response);
        var payload = new InteractionCallbackPayload((int)response.Type, response.Data is { } data ? InteractionMessagePayload.From(data) : null);
        return client.SendMessageJsonAsync<NoContent, InteractionCallbackPayload>(
            DiscordRoutes.InteractionCallback(interactionId, interactionToken), response.Data?.Content, payload, cancellationToken);
    }

    public Task<DiscordResult<DiscordMessage>> EditOriginalAsync(
        string applicationId, string interactionToken, DiscordMessageEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return client.SendMessageJsonAsync<DiscordMessage, EditMessagePayload>(
            DiscordRoutes.EditOriginal(applicationId, interactionToken), edit.Content, EditMessagePayload.From(edit), cancellationToken);
    }

    public Task<DiscordResult<DiscordMessage>> FollowUpAsync(
        string applicationId, string interactionToken, DiscordInteractionMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return client.SendMessageJsonAsync<DiscordMessage, InteractionMessagePayload>(
            DiscordRoutes.FollowUp(applicationId, interactionToken), message.Content, InteractionMessagePayload.From(message), cancellationToken);
    }
}
