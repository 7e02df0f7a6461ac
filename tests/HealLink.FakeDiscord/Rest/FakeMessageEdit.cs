using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>An edit's body (a message's or an interaction's original answer): fields present replace, absent ones stay.</summary>
internal sealed record FakeMessageEdit(JsonObject Payload)
{
    public static async Task<FakeMessageEdit> ReadAsync(FakeRestCall call)
    {
        var payload = await FakeMessageRequest.ReadJsonObjectAsync(call.Context.Request, call.Aborted);
        FakeMessageValidation.CheckContentAndComponents(payload);
        return new FakeMessageEdit(payload);
    }

    public FakeMessage ApplyTo(FakeMessage stored) => stored with
    {
        Content = Payload["content"]?.GetValue<string>() ?? stored.Content,
        Components = Payload["components"]?.DeepClone() as JsonArray ?? stored.Components,
        Edits = stored.Edits + 1,
    };
}
