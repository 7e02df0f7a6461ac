namespace HealLink.FakeTelegram;

/// <summary>Everything the fake knows, each part guarding itself; built once per server and shared by the methods.</summary>
internal sealed record FakeState(
    BotIdentity Bot,
    FakeChatState Chats,
    FakeUpdateQueue Updates,
    FakeWebhookDelivery Webhooks,
    FakeCallbackQueries Callbacks,
    FakeFiles Files,
    FakeCommandList Commands,
    TimeProvider Time);

/// <summary>The commands the last setMyCommands set (whatever its scope or language).</summary>
internal sealed class FakeCommandList
{
    private IReadOnlyList<FakeCommand> _commands = [];

    public IReadOnlyList<FakeCommand> Current
    {
        get => Volatile.Read(ref _commands);
        set => Volatile.Write(ref _commands, value);
    }
}
