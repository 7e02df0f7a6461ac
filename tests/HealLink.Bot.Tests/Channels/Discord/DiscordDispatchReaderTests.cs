using System.Text.Json;
using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Channels.Discord.Gateway;
using HealLink.Bot.Channels.Discord.Gateway.Events;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Tests.Channels.Discord;

public sealed class DiscordDispatchReaderTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 6, 19, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("scar.png", "image/png", "photo")]
    [InlineData("voice-message.ogg", "audio/ogg", "voice")]
    [InlineData("voice-message.ogg", null, "voice")]
    [InlineData("song.mp3", "audio/mpeg", "audio")]
    [InlineData("walk.mp4", "video/mp4", "video")]
    [InlineData("discharge.pdf", "application/pdf", "document")]
    [InlineData("notes", null, "document")]
    public void Read_OneAttachment_IsMediaOfItsKindWithItsAddressAndTheWordsAsCaption(string fileName, string? contentType, string kind)
    {
        var url = $"https://cdn.discordapp.com/attachments/1/2/{fileName}?ex=1";

        var content = ContentOf(Message("look at this", new DiscordAttachment("2", fileName, 1234, url, contentType)));

        Assert.Equal(new MediaInput(kind, "900", "look at this", new MediaFile(url, fileName, contentType, 1234)), content);
    }

    [Fact]
    public void Read_AttachmentWithoutWords_IsMediaWithoutCaption()
    {
        var content = ContentOf(Message("", new DiscordAttachment("2", "scar.jpg", 10, "https://cdn/scar.jpg", "image/jpeg")));

        Assert.Null(Assert.IsType<MediaInput>(content).Caption);
    }

    [Fact]
    public void Read_SeveralAttachments_IsRefusedAsSeveralFiles()
    {
        var content = ContentOf(Message(
            "both",
            new DiscordAttachment("2", "a.jpg", 10, "https://cdn/a.jpg", "image/jpeg"),
            new DiscordAttachment("3", "b.jpg", 10, "https://cdn/b.jpg", "image/jpeg")));

        Assert.Equal(new UnsupportedInput(UnsupportedInput.SeveralFiles), content);
    }

    [Fact]
    public void Read_EditedDirectMessage_IsEditedTextKeyedByItsEditTime()
    {
        var edited = Message("Six days, not five.") with { EditedTimestamp = "2026-12-06T19:01:00.000000+00:00" };
        var dispatch = new GatewayDispatch(GatewayDispatch.MessageUpdate, 2, default(JsonElement)) { Message = edited };

        var inbound = Assert.IsType<DiscordInbound.ForPipeline>(DiscordDispatchReader.Read(dispatch, _now)).Message;

        Assert.Equal(new EditedText("900", "Six days, not five."), inbound.Content);
        Assert.Equal("e900:2026-12-06T19:01:00.000000+00:00", inbound.UpdateId);
    }

    [Fact]
    public void Read_NoAttachment_IsText() =>
        Assert.Equal(new TextInput("hello"), ContentOf(Message("hello")));

    private static DiscordMessage Message(string content, params DiscordAttachment[] attachments) =>
        new("900", "500", new DiscordUser("42", "sam"), content, Attachments: attachments);

    private static InboundContent ContentOf(DiscordMessage message)
    {
        var dispatch = new GatewayDispatch(GatewayDispatch.MessageCreate, 1, default(JsonElement)) { Message = message };
        return Assert.IsType<DiscordInbound.ForPipeline>(DiscordDispatchReader.Read(dispatch, _now)).Message.Content;
    }
}
