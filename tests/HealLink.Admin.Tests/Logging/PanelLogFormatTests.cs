using HealLink.Admin.Tests.Panel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace HealLink.Admin.Tests.Logging;

/// <summary>The panel writes its console log as the bot does: text by default, JSON lines with their scopes when asked.</summary>
public sealed class PanelLogFormatTests
{
    [Fact]
    public void ConsoleLog_FormatJson_UsesTheJsonFormatterWithScopes()
    {
        using var sut = new AdminPanelFactory(settings: new Dictionary<string, string?> { ["Logging:Format"] = "json" });

        var console = sut.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = sut.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
    }

    [Fact]
    public void ConsoleLog_NoFormat_StaysText()
    {
        using var sut = new AdminPanelFactory();

        var console = sut.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.NotEqual(ConsoleFormatterNames.Json, console.FormatterName);
    }
}
