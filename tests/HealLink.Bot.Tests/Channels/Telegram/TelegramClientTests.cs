using HealLink.Bot.Channels.Telegram;
using HealLink.Bot.Channels.Telegram.Api;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>The client and the sender on their own, against the fake Bot API server.</summary>
public sealed class TelegramClientTests : IAsyncLifetime, IDisposable
{
    private FakeTelegramServer? _telegram;
    private HttpClient? _http;

    private FakeTelegramServer Telegram => _telegram!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri($"{Telegram.BaseUrl.ToString().TrimEnd('/')}/bot{Telegram.Token}/"), Timeout = TimeSpan.FromSeconds(5) };
    }

    public async Task DisposeAsync() => await Telegram.DisposeAsync();

    public void Dispose() => _http?.Dispose();

    [Fact]
    public async Task GetMe_RightToken_ReadsTheBot()
    {
        var me = await Client().GetMeAsync(default);

        Assert.True(me.IsBot);
        Assert.Equal(FakeTelegramServer.BotUsername, me.Username);
    }

    [Fact]
    public async Task Call_WrongToken_Is401AndNoMessageShowsTheToken()
    {
        const string wrong = "42:WRONG-secret-token";
        using var http = new HttpClient { BaseAddress = new Uri($"{Telegram.BaseUrl.ToString().TrimEnd('/')}/bot{wrong}/") };
        var sut = new TelegramApiClient(http, new TokenRedactor(wrong));

        var exception = await Assert.ThrowsAsync<TelegramApiException>(() => sut.GetMeAsync(default));

        Assert.Equal(401, exception.ErrorCode);
        Assert.DoesNotContain(wrong, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_ProxyErrorPageInsteadOfJson_IsAServerErrorNotACrash()
    {
        Telegram.FailNext("getMe", 1, new FakeFault.ServerError(502));

        var exception = await Assert.ThrowsAsync<TelegramApiException>(() => Client().GetMeAsync(default));

        Assert.True(exception.IsServerError);
    }

    [Fact]
    public async Task Call_ConnectionDropped_IsATransportFailureWithoutTheToken()
    {
        Telegram.FailNext("getMe", 1, new FakeFault.Drop());

        var exception = await Assert.ThrowsAsync<TelegramTransportException>(() => Client().GetMeAsync(default));

        Assert.DoesNotContain(Telegram.Token, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TooManyRequests_CarriesRetryAfter()
    {
        Telegram.FailNext("sendMessage", 1, new FakeFault.TooManyRequests(7));
        var user = Telegram.CreateUser();

        var exception = await Assert.ThrowsAsync<TelegramApiException>(() =>
            Client().SendMessageAsync(new SendMessageRequest(user.Id, "hi"), default));

        Assert.Equal(429, exception.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
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
        var keyboard = new InlineKeyboardMarkup([[new InlineKeyboardButton("Yes", "q:1:yes")]]);
        var sent = await Client().SendMessageAsync(new SendMessageRequest(maria.Id, "Question?") { ReplyMarkup = keyboard }, default);

        await Client().EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(maria.Id, sent.MessageId, null), default);
        await Client().EditMessageTextAsync(new EditMessageTextRequest(maria.Id, sent.MessageId, "Question, answered."), default);
        var copy = await Client().CopyMessageAsync(new CopyMessageRequest(sam.Id, maria.Id, sent.MessageId), default);

        var edited = Assert.Single(Telegram.SentTo(maria.Id));
        Assert.Equal("Question, answered.", edited.PlainText);
        Assert.Empty(edited.Buttons);
        Assert.Equal(copy.MessageId, Assert.Single(Telegram.SentTo(sam.Id)).MessageId);
    }

    [Fact]
    public async Task FilesTopicsAndWebhookInfo_RoundTrip()
    {
        var maria = Telegram.CreateUser();
        Telegram.EnqueuePhoto(maria);
        var updates = await Client().GetUpdatesAsync(new GetUpdatesRequest(null, 10, 0, null), default);
        var photo = updates.Single().Update!.Message!.Other!["photo"].EnumerateArray().Last().GetProperty("file_id").GetString()!;

        var file = await Client().GetFileAsync(photo, default);
        var topic = await Client().CreateForumTopicAsync(new CreateForumTopicRequest(maria.Id, "Talking with Sam"), default);
        var info = await Client().GetWebhookInfoAsync(default);

        Assert.False(string.IsNullOrEmpty(file.FilePath));
        Assert.Equal("Talking with Sam", topic.Name);
        Assert.Equal("", info.Url);
    }

    private TelegramApiClient Client() => new(_http!, new TokenRedactor(Telegram.Token));

    private TelegramSender Sender(TelegramRateLimits limits) => new(Client(), limits, NullLogger<TelegramSender>.Instance);

    private static TelegramRateLimits Limits() =>
        new(Options.Create(new TelegramOptions { PerChatMessagesPerSecond = 30, PerChatBurst = 30, GlobalMessagesPerSecond = 100 }), TimeProvider.System);

    private static OutboundDelivery Delivery(long chatId, string text, int attempt) =>
        new(11, new OutboundMessage(new ChatAddress(Platform.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), OutboundKind.Text, text, []), attempt);
}
