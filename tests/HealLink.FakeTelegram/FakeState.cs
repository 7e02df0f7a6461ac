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

/// <summary>
/// The commands the last setMyCommands set, per language_code (the default menu under ""), as Telegram keeps a menu
/// per language and shows a person the one for their app's language, else the default. Scopes are not kept apart.
/// </summary>
internal sealed class FakeCommandList
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<FakeCommand>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>The default menu.</summary>
    public IReadOnlyList<FakeCommand> Current
    {
        get => In("");
        set => Set("", value);
    }

    public IReadOnlyList<FakeCommand> In(string languageCode) => _byLanguage.GetValueOrDefault(languageCode) ?? [];

    public void Set(string languageCode, IReadOnlyList<FakeCommand> commands) => _byLanguage[languageCode] = commands;
}
