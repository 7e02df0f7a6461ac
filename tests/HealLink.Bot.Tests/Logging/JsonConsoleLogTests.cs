using System.Text.Json;
using HealLink.Bot.Tests.Channels.Telegram;
using HealLink.Core.Service.Logging;

namespace HealLink.Bot.Tests.Logging;

/// <summary>The bot's own process with <c>Logging:Format=json</c>: its console log is JSON lines a log shipper can read.</summary>
public sealed class JsonConsoleLogTests : TelegramTestBase
{
    [Fact]
    public async Task ConsoleLog_FormatJson_IsOneJsonObjectPerLine_CarryingTheUpdatesAndTheOutboxMessagesCorrelationIds()
    {
        await using var sut = TelegramBotProcess.Start(
            Telegram,
            Database,
            "--Logging:Format=json",
            "--Logging:LogLevel:HealLink.Core.Pipeline=Debug",

            // EF Core's commands: a category of its own, written inside the scopes of the update and the message.
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information");
        var updateId = Telegram.EnqueueText(Telegram.CreateUser(), "/start");
        var update = LogCorrelation.OfUpdate(Core.Messaging.Platform.Telegram, $"{updateId}");

        var handled = await WaitForEntryAsync(sut, entry => Category(entry) == "HealLink.Core.Pipeline.InboundProcessor" && CorrelationIds(entry).Contains(update));
        var sending = await WaitForEntryAsync(sut, entry => Category(entry).StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) && CorrelationIds(entry).Any(id => id.StartsWith("out:", StringComparison.Ordinal)));

        Assert.StartsWith($"Update {updateId} on Telegram handled for person p:", handled.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Information", sending.GetProperty("LogLevel").GetString());
        Assert.All(sut.Output, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    private static string Category(JsonElement entry) => entry.GetProperty("Category").GetString() ?? "";

    private static IEnumerable<string> CorrelationIds(JsonElement entry) =>
        entry.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray()
                .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(LogCorrelation.PropertyName, out _))
                .Select(scope => scope.GetProperty(LogCorrelation.PropertyName).GetString() ?? "")
            : [];

    private static async Task<JsonElement> WaitForEntryAsync(TelegramBotProcess bot, Func<JsonElement, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            foreach (var line in bot.Output)
            {
                var entry = JsonDocument.Parse(line).RootElement;
                if (wanted(entry))
                {
                    return entry;
                }
            }

            Assert.False(bot.HasExited, "The bot stopped");
            await Task.Delay(100, timeout.Token);
        }
    }
}
