using System.Collections.Concurrent;
using HealLink.Bot.Channels.Discord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

/// <summary>Keeps every dispatch handed over; throws for a message whose content is <see cref="FailOn"/>.</summary>
internal sealed class RecordingGatewayHandler : IDiscordGatewayHandler
{
    public const string FailOn = "make the handler throw";

    private readonly ConcurrentQueue<GatewayDispatch> _dispatches = new();

    public IReadOnlyList<GatewayDispatch> Dispatches => [.. _dispatches];

    public IReadOnlyList<string> MessageIds => [.. Dispatches.Where(d => d.Message is not null).Select(d => d.Message!.Id)];

    public IReadOnlyList<string> MessageContents => [.. Dispatches.Where(d => d.Message is not null).Select(d => d.Message!.Content)];

    public IReadOnlyList<string> InteractionIds => [.. Dispatches.Where(d => d.Interaction is not null).Select(d => d.Interaction!.Id)];

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        _dispatches.Enqueue(dispatch);
        return dispatch.Message?.Content == FailOn
            ? throw new InvalidOperationException("The handler failed on purpose.")
            : Task.CompletedTask;
    }
}
