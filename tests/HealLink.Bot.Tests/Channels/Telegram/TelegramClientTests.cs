using HealLink.Bot.Channels.Media;
using HealLink.Bot.Channels.Telegram;
using HealLink.Bot.Status;
using HealLink.Bot.Tests.Channels.Media;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>Telegram.Bot's client as we configure it, and our sender on it, against the fake Bot API server.</summary>
public sealed class TelegramClientTests : IAsyncLifetime, IDisposable
{
    private FakeTelegramServer? _telegram;
    private HttpClient? _http;

    private FakeTelegramServer Telegram => _telegram!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync();
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
    }

    public async Task DisposeAsync() => await Telegram.DisposeAsync();

    public void Dispose() => _http?.Dispose();

    [Fact]
    public async Task GetMe_RightToken_ReadsTheBot()
    {
        var me = await Client().GetMe();

        Assert.True(me.IsBot);
        Assert.Equal(FakeTelegramServer.BotUsername, me.Username);
    }

    [Fact]
    public async Task Call_WrongToken_Is401AndNoMessageShowsTheToken()
    {
        const string wrong = "42:WRONG-secret-token";
        var sut = Client(wrong);

        var exception = await Assert.ThrowsAsync<ApiRequestException>(() => sut.GetMe());

        Assert.Equal(401, Failure(exception, wrong).ErrorCode);
        Assert.DoesNotContain(wrong, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_ProxyErrorPageInsteadOfJson_IsAServerErrorNotACrash()
    {
        Telegram.FailNext("getMe", 1, new FakeFault.ServerError(502));

        var exception = await Assert.ThrowsAnyAsync<RequestException>(() => Client().GetMe());

        Assert.True(Failure(exception).IsServerError);
    }

    [Fact]
    public async Task Call_ConnectionDropped_IsATransportFailureWithoutTheToken()
    {
        Telegram.FailNext("getMe", 1, new FakeFault.Drop());

        var exception = await Assert.ThrowsAsync<RequestException>(() => Client().GetMe());

        Assert.True(Failure(exception).IsTransport);
        Assert.DoesNotContain(Telegram.Token, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TooManyRequests_CarriesRetryAfter()
    {
        Telegram.FailNext("sendMessage", 1, new FakeFault.TooManyRequests(7));
        var user = Telegram.CreateUser();

        var exception = await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendMessage(user.Id, "hi"));

        Assert.Equal(429, Failure(exception).ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), Failure(exception).RetryAfter);
    }

    [Fact]
    public async Task Send_TooManyRequestsForAMinute_ReturnsAtOnceWithTheWaitForTheOutbox()
    {
        // Telegram.Bot would sleep through a retry_after of up to 60 s inside the send, outside our outbox and
        // limiter; we turn that off, so even 61 s (past its threshold) and 5 s (inside it) come straight back.
        var user = Telegram.CreateUser();
        Telegram.FailNext("sendMessage", 1, new FakeFault.TooManyRequests(61));
        Telegram.FailNext("sendMessage", 1, new FakeFault.TooManyRequests(5));
        var sut = Sender(Limits());

        var first = await sut.SendAsync(Delivery(user.Id, "hi", attempt: 1), default).WaitAsync(TimeSpan.FromSeconds(4));
        var second = await sut.SendAsync(Delivery(user.Id, "hi", attempt: 2), default).WaitAsync(TimeSpan.FromSeconds(4));

        Assert.Equal(TimeSpan.FromSeconds(61), Assert.IsType<DeliveryResult.RetryLater>(first).RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(5), Assert.IsType<DeliveryResult.RetryLater>(second).RetryAfter);
        Assert.Equal(2, Telegram.CallsOf("sendMessage").Count);
        Assert.Empty(Telegram.SentTo(user.Id));
    }

    [Fact]
    public async Task Send_LongMessageFailingHalfway_RetrySendsOnlyTheRest()
    {
        var user = Telegram.CreateUser();
        var limits = Limits();
        var sut = Sender(limits);
        var delivery = Delivery(user.Id, string.Join("\n\n", Enumerable.Repeat(new string('a', 3000), 3)), attempt: 1);

        // The first part goes through; the second meets a server error.
        Telegram.FailNext("sendMessage", 1, new FakeFault.Slow(TimeSpan.Zero));
        Telegram.FailNext("sendMessage", 1, new FakeFault.ServerError(500));
        var first = await sut.SendAsync(delivery, default);
        var second = await sut.SendAsync(delivery with { Attempt = 2 }, default);

        Assert.IsType<DeliveryResult.RetryLater>(first);
        Assert.IsType<DeliveryResult.Delivered>(second);
        Assert.Equal(3, Telegram.SentTo(user.Id).Count);
    }

    [Fact]
    public async Task Send_RequestTelegramRefuses_IsUndeliverableButThePersonStaysReachable()
    {
        var user = Telegram.CreateUser();
        var limits = Limits();
        Telegram.FailNext("sendMessage", 1, new FakeFault.BadRequest("Bad Request: can't parse entities"));

        var result = await Sender(limits).SendAsync(Delivery(user.Id, "hi", attempt: 1), default);

        Assert.False(Assert.IsType<DeliveryResult.Undeliverable>(result).RecipientUnreachable);
    }

    [Fact]
    public async Task Send_TypingHint_IsAChatAction()
    {
        var user = Telegram.CreateUser();
        var limits = Limits();
        var typing = new OutboundDelivery(1, OutboundMessage.TypingHint(new ChatAddress(Platform.Telegram, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), 1);

        var result = await Sender(limits).SendAsync(typing, default);

        Assert.IsType<DeliveryResult.Delivered>(result);
        var call = Assert.Single(Telegram.CallsOf("sendChatAction"));
        Assert.Equal("typing", call.Parameters["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_AddressThatIsNotATelegramChat_IsUndeliverable()
    {
        var limits = Limits();

        var result = await Sender(limits).SendAsync(Delivery(0, "hi", attempt: 1) with { Message = new OutboundMessage(new ChatAddress(Platform.Telegram, "local-1"), OutboundKind.Text, "hi", []) }, default);

        Assert.IsType<DeliveryResult.Undeliverable>(result);
    }

    [Fact]
    public async Task EditAndCopy_RoundTrip_ChangeWhatThePersonSees()
    {
        var maria = Telegram.CreateUser();
        var sam = Telegram.CreateUser("Sam");
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "q:1:yes"));
        var sent = await Client().SendMessage(maria.Id, "Question?", replyMarkup: keyboard);

        await Client().EditMessageReplyMarkup(maria.Id, sent.Id, replyMarkup: null);
        await Client().EditMessageText(maria.Id, sent.Id, "Question, answered.");
        var copy = await Client().CopyMessage(sam.Id, maria.Id, sent.Id);

        var edited = Assert.Single(Telegram.SentTo(maria.Id));
        Assert.Equal("Question, answered.", edited.PlainText);
        Assert.Empty(edited.Buttons);
        Assert.Equal(copy.Id, Assert.Single(Telegram.SentTo(sam.Id)).MessageId);
    }

    [Theory]
    [InlineData("photo", "sendphoto")]
    [InlineData("voice", "sendvoice")]
    [InlineData("document", "senddocument")]
    public async Task Send_CopyOfADiscordFile_UploadsItsBytesAsItsKindWithTheCaption(string kind, string method)
    {
        var maria = Telegram.CreateUser();
        byte[] bytes = [0x4F, 0x67, 0x67, 0x53, 0x01, 0x02, 0x03];
        var discord = new StubMediaSource(Platform.Discord, new MediaDownload.Fetched(bytes));

        var result = await Sender(Limits(), discord).SendAsync(FileCopy(maria.Id, new RelayedFile(Platform.Discord, kind, "https://cdn/x", "file.bin", null)), default);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Single(Telegram.CallsOf(method));
        var sent = Assert.Single(Telegram.SentTo(maria.Id));
        Assert.Equal("Sam: mine on day six", sent.PlainText);
        Assert.Equal(bytes, sent.FileBytes);
    }

    [Fact]
    public async Task Send_DiscordFileThatCannotBeFetched_UndeliverableWithoutAnUpload()
    {
        var maria = Telegram.CreateUser();
        var discord = new StubMediaSource(Platform.Discord, MediaDownload.TooBig(1000));

        var result = await Sender(Limits(), discord).SendAsync(FileCopy(maria.Id, new RelayedFile(Platform.Discord, "photo", "https://cdn/x", "big.png", "image/png")), default);

        Assert.False(Assert.IsType<DeliveryResult.Undeliverable>(result).RecipientUnreachable);
        Assert.Empty(Telegram.SentTo(maria.Id));
    }

    [Fact]
    public async Task MediaSource_PhotoAPersonSent_DownloadsItsBytes()
    {
        var maria = Telegram.CreateUser();
        byte[] bytes = [0xFF, 0xD8, 0x10, 0x20, 0x30, 0xFF, 0xD9];
        Telegram.EnqueuePhoto(maria, "day two", bytes);
        var fileId = (await Client().GetUpdates(limit: 10, timeout: 0)).Single().Message!.Photo!.Last().FileId;

        var download = await new TelegramMediaSource(Client(), new TokenRedactor(Telegram.Token)).DownloadAsync(fileId, 1000, default);

        Assert.Equal(bytes, Assert.IsType<MediaDownload.Fetched>(download).Bytes.ToArray());
    }

    [Fact]
    public async Task MediaSource_PhotoLargerThanAllowed_TooBigAndNotRetried()
    {
        var maria = Telegram.CreateUser();
        Telegram.EnqueuePhoto(maria, null, new byte[100]);
        var fileId = (await Client().GetUpdates(limit: 10, timeout: 0)).Single().Message!.Photo!.Last().FileId;

        var download = await new TelegramMediaSource(Client(), new TokenRedactor(Telegram.Token)).DownloadAsync(fileId, 99, default);

        Assert.False(Assert.IsType<MediaDownload.Failed>(download).Transient);
    }

    [Fact]
    public async Task MediaSource_UnknownFileId_FailsForGood()
    {
        var download = await new TelegramMediaSource(Client(), new TokenRedactor(Telegram.Token)).DownloadAsync("no-such-file", 1000, default);

        Assert.False(Assert.IsType<MediaDownload.Failed>(download).Transient);
    }

    [Fact]
    public async Task FilesTopicsAndWebhookInfo_RoundTrip()
    {
        var maria = Telegram.CreateUser();
        Telegram.EnqueuePhoto(maria);
        var updates = await Client().GetUpdates(limit: 10, timeout: 0);
        var photo = updates.Single().Message!.Photo!.Last().FileId;

        var file = await Client().GetFile(photo);
        var topic = await Client().CreateForumTopic(maria.Id, "Talking with Sam");
        var info = await Client().GetWebhookInfo();

        Assert.False(string.IsNullOrEmpty(file.FilePath));
        Assert.Equal("Talking with Sam", topic.Name);
        Assert.Equal("", info.Url);
    }

    private TelegramBotClient Client(string? token = null) => new(
        TelegramChannelExtensions.ClientOptions(new TelegramOptions { BotToken = token ?? Telegram.Token, ApiBaseUrl = Telegram.BaseUrl.ToString() }),
        _http);

    private TelegramFailure Failure(RequestException exception, string? token = null) =>
        TelegramFailure.Of(exception, new TokenRedactor(token ?? Telegram.Token));

    private TelegramSender Sender(TelegramRateLimits limits, params IMediaSource[] otherPlatforms)
    {
        var client = Client();
        var redactor = new TokenRedactor(Telegram.Token);
        var uploader = new TelegramFileUploader(client, limits, new RelayedFileFetcher([new TelegramMediaSource(client, redactor), .. otherPlatforms]));
        return new(client, new TelegramBotIdentity(client), limits, redactor, uploader, NullLogger<TelegramSender>.Instance);
    }

    private static TelegramRateLimits Limits() =>
        new(Options.Create(new TelegramOptions { PerChatMessagesPerSecond = 30, PerChatBurst = 30, GlobalMessagesPerSecond = 100 }), TimeProvider.System, new BotInstances());

    private static OutboundDelivery FileCopy(long chatId, RelayedFile file) =>
        new(12, new OutboundMessage(new ChatAddress(Platform.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), OutboundKind.Copy, "Sam: mine on day six", []) { File = file }, 1);

    private static OutboundDelivery Delivery(long chatId, string text, int attempt) =>
        new(11, new OutboundMessage(new ChatAddress(Platform.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), OutboundKind.Text, text, []), attempt);
}
