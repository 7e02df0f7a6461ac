using System.Text.Json;
using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Channels.Discord.Gateway.Events;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

public sealed class GatewayEventPrivacyTests
{
    private const string Private = "my diagnosis is private";

    [Fact]
    public void ToString_MessageDispatch_LeavesOutWhatWasWritten()
    {
        var message = new DiscordMessage("1", "2", new DiscordUser("3", "maria"), Private);
        var sut = new GatewayDispatch(GatewayDispatch.MessageCreate, 7, JsonSerializer.SerializeToElement(new { content = Private })) { Message = message };

        Assert.DoesNotContain(Private, sut.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Private, message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Interaction_LeavesOutToken()
    {
        var sut = new DiscordInteraction("1", "2", DiscordInteraction.MessageComponent, "secret-interaction-token");

        Assert.DoesNotContain("secret-interaction-token", sut.ToString(), StringComparison.Ordinal);
    }
}
