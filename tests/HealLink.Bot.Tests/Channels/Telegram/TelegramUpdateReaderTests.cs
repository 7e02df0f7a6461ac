using System.Text.Json;
using HealLink.Bot.Channels.Telegram;
using HealLink.Bot.Channels.Telegram.Receiving;
using HealLink.Core.Messaging;

namespace HealLink.Bot.Tests.Channels.Telegram;

public sealed class TelegramUpdateReaderTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_TextInAPrivateChat_IsTextFromThatPersonAndChat()
    {
        var inbound = Read("""{"update_id":7,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"Maria"},"text":"hello"}}""");

        var message = Assert.IsType<TelegramInbound.ForPipeline>(inbound).Message;
        Assert.Equal(new ChatAddress(Platform.Telegram, "42"), message.Chat);
        Assert.Equal("42", message.PlatformUserId);
        Assert.Equal("7", message.UpdateId);
        Assert.Equal(new TextInput("hello"), message.Content);
        Assert.Null(inbound.CallbackQueryId);
    }

    [Fact]
    public void Read_ButtonPress_IsAPressWithItsDataAndNeedsAnAnswer()
    {
        var inbound = Read("""{"update_id":8,"callback_query":{"id":"cq1","from":{"id":42,"is_bot":false},"chat_instance":"x","data":"q:3:agree","message":{"message_id":5,"date":1,"chat":{"id":42,"type":"private"}}}}""");

        var forPipeline = Assert.IsType<TelegramInbound.ForPipeline>(inbound);
        Assert.Equal(new ButtonPress("q:3:agree"), forPipeline.Message.Content);
        Assert.Equal("cq1", forPipeline.CallbackQueryId);
    }

    [Fact]
    public void Read_PressOnAnInaccessibleMessage_StillReachesThePersonsChat()
    {
        var inbound = Read("""{"update_id":9,"callback_query":{"id":"cq2","from":{"id":42,"is_bot":false},"data":"q:1:agree"}}""");

        Assert.Equal("42", Assert.IsType<TelegramInbound.ForPipeline>(inbound).Message.Chat.ChatId);
    }

    [Theory]
    [InlineData("photo", """ "photo":[{"file_id":"a","file_unique_id":"b","width":1,"height":1}] """, "photo.jpg", "image/jpeg")]
    [InlineData("sticker", """ "sticker":{"file_id":"a"} """, "sticker.webp", null)]
    [InlineData("voice", """ "voice":{"file_id":"a","duration":3} """, "voice-message.ogg", "audio/ogg")]
    [InlineData("document", """ "document":{"file_id":"a","file_name":"scan.pdf","mime_type":"application/pdf"} """, "scan.pdf", "application/pdf")]
    public void Read_MediaMessage_IsMediaToCopyByItsMessageIdWithItsFileId(string kind, string field, string fileName, string? contentType)
    {
        var inbound = Read($$$"""{"update_id":10,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false},{{{field}}}}}""");

        Assert.Equal(
            new MediaInput(kind, "3", null, new MediaFile("a", fileName, contentType, null)),
            Assert.IsType<TelegramInbound.ForPipeline>(inbound).Message.Content);
    }

    [Fact]
    public void Read_PhotoInSeveralSizes_CarriesTheLargestSizesFileId()
    {
        var inbound = Read("""
            {"update_id":10,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false},
             "caption":"day two","photo":[{"file_id":"small","file_unique_id":"s","width":90,"height":60,"file_size":900},
                                          {"file_id":"large","file_unique_id":"l","width":1280,"height":853,"file_size":90000}]}}
            """);

        var media = Assert.IsType<MediaInput>(Assert.IsType<TelegramInbound.ForPipeline>(inbound).Message.Content);
        Assert.Equal(("day two", new MediaFile("large", "photo.jpg", "image/jpeg", 90000)), (media.Caption, media.File));
    }

    [Theory]
    [InlineData("location", """ "location":{"latitude":51.5,"longitude":-0.1} """)]
    [InlineData("contact", """ "contact":{"phone_number":"+447700900000","first_name":"A"} """)]
    [InlineData("message", """ "new_kind_of_thing":{"x":1} """)]
    public void Read_MessageWithoutText_IsUnsupportedNamingWhatItIs(string kind, string field)
    {
        var inbound = Read($$$"""{"update_id":10,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false},{{{field}}}}}""");

        Assert.Equal(new UnsupportedInput(kind), Assert.IsType<TelegramInbound.ForPipeline>(inbound).Message.Content);
    }

    [Theory]
    [InlineData("""{"update_id":11,"message":{"message_id":3,"date":1,"chat":{"id":-100,"type":"group"},"from":{"id":42,"is_bot":false},"text":"hi"}}""")]
    [InlineData("""{"update_id":12,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":43,"is_bot":true},"text":"hi"}}""")]
    [InlineData("""{"update_id":13,"message":{"message_id":3,"date":1,"text":"no chat"}}""")]
    [InlineData("""{"update_id":14,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"text":"no sender"}}""")]
    [InlineData("""{"update_id":15,"edited_message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"text":"edit"}}""")]
    [InlineData("""{"update_id":16,"my_chat_member":{"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false},"date":1,"old_chat_member":{"status":"member"},"new_chat_member":{"status":"kicked"}}}""")]
    [InlineData("""{"update_id":17,"guest_message":{"anything":true}}""")]
    [InlineData("""{"update_id":18}""")]
    public void Read_NotAPersonInAPrivateChat_IsSkipped(string json)
    {
        Assert.IsType<TelegramInbound.Skipped>(Read(json));
    }

    [Fact]
    public void Read_PressWithoutData_IsSkippedButStillAnswered()
    {
        var inbound = Read("""{"update_id":19,"callback_query":{"id":"cq3","from":{"id":42,"is_bot":false},"game_short_name":"g"}}""");

        Assert.Equal("cq3", Assert.IsType<TelegramInbound.Skipped>(inbound).CallbackQueryId);
    }

    [Theory]
    [InlineData("""{"update_id":20,"message":"not an object"}""")]
    [InlineData("""{"update_id":21,"message":{"message_id":"three","date":[],"chat":{"id":42}}}""")]
    [InlineData("""{"update_id":22,"callback_query":{"id":5}}""")]
    public void UpdateJson_WrongFieldTypes_KeepsTheIdSoItCanBeAcknowledged(string json)
    {
        using var document = JsonDocument.Parse(json);

        var received = UpdateJson.Read(document.RootElement);

        Assert.NotNull(received);
        Assert.Null(received.Update);
    }

    [Theory]
    [InlineData("""{"message":{}}""")]
    [InlineData("""{"update_id":"x"}""")]
    [InlineData("[1,2,3]")]
    [InlineData("42")]
    public void UpdateJson_NoUsableId_IsNothing(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Null(UpdateJson.Read(document.RootElement));
    }

    [Fact]
    public void Read_HugeText_IsPassedOnWhole()
    {
        var text = new string('x', 100_000);
        var inbound = Read($$$"""{"update_id":23,"message":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false},"text":"{{{text}}}"}}""");

        Assert.Equal(new TextInput(text), Assert.IsType<TelegramInbound.ForPipeline>(inbound).Message.Content);
    }

    private static TelegramInbound Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var received = UpdateJson.Read(document.RootElement) ?? throw new InvalidOperationException("no update id");
        return received.Update is { } update ? TelegramUpdateReader.Read(update, _now) : new TelegramInbound.Skipped("unreadable");
    }
}
