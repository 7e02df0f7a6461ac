using HealLink.Core.Conversations;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>Malformed, unknown and hostile updates: never a crash; a sensible reply, or logged and skipped.</summary>
public sealed class TelegramFuzzTests : TelegramTestBase
{
    public static TheoryData<string> StrangeUpdates => new()
    {
        """{"guest_message":{"text":"a new kind of update"}}""",
        """{"message":{"message_id":1,"date":1,"text":"no chat, no sender"}}""",
        """{"message":{"message_id":"one","date":{},"chat":[]}}""",
        """{"message":null}""",
        """{"callback_query":{"id":"q1"}}""",
        """{"callback_query":{"id":"q2","from":{"id":"not a number"},"data":"q:1:agree"}}""",
        """{"edited_message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"edited"}}""",
        """{"my_chat_member":{"chat":{"id":1,"type":"private"},"date":1,"new_chat_member":{"status":"kicked"}}}""",
        """{}""",
    };

    [Theory]
    [MemberData(nameof(StrangeUpdates))]
    public async Task Polling_StrangeUpdate_IsSkippedAndTheNextOneHandled(string json)
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };

        Telegram.EnqueueUpdate(json);
        var replies = await maria.SayAsync("/start");

        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Polling_GarbageInsteadOfUpdates_BacksOffAndRecovers()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };

        Telegram.EnqueueRawBody("{ this is not json");
        var replies = await maria.SayAsync("/start");

        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Polling_ButtonFromAForeignOrOldKeyboard_GetsAKindReplyAndIsAnswered()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        await maria.RunAsync(Scripts.StartMentee);
        var messageId = maria.Last.MessageId;

        var foreign = await maria.SendAsync(() => Telegram.EnqueueCallback(maria.User, messageId, "buy:premium:now"));
        var stale = await maria.SendAsync(() => Telegram.EnqueueCallback(maria.User, messageId, "q:1:agree"));

        Assert.Equal(ConversationCopy.English.UnknownButton, foreign[0].PlainText);
        Assert.Equal(ConversationCopy.English.StaleButton, stale[0].PlainText);
        await Telegram.WaitUntilAsync(() => Telegram.AnsweredCallbackIds.Count == 4);
    }

    [Fact]
    public async Task Polling_HugeTextAndStickers_GetKindReplies()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        await maria.RunAsync(Scripts.StartMentee);

        var huge = await maria.SayAsync(new string('x', 4096));
        var sticker = await maria.SendAsync(() => Telegram.EnqueueUpdate(
            """{"message":{"message_id":99,"date":1,"chat":{"id":CHAT,"type":"private"},"from":{"id":CHAT,"is_bot":false,"first_name":"Maria"},"sticker":{"file_id":"s","file_unique_id":"u","type":"regular","width":1,"height":1,"is_animated":false,"is_video":false}}}"""
                .Replace("CHAT", maria.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        Assert.Contains("could you keep it under", huge[0].PlainText, StringComparison.Ordinal);
        Assert.Equal(ConversationCopy.English.TextOnly, sticker[0].PlainText);
    }
}
