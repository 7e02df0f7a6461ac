using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram;

/// <summary>
/// The fake behaves as the Bot API documents, checked with a plain HttpClient and no product code. Times are
/// checked only from below (a wait really waited); what ended a wait early is shown by what it answered, within a
/// long poll timeout that a loaded machine cannot reach by accident.
/// </summary>
public sealed class FakeTelegramServerTests
{
    private const int LongPollSeconds = 30;

    // Half the long poll: an answer before this came from what happened, not from the poll's timeout.
    private static readonly TimeSpan _wellBeforeTheTimeout = TimeSpan.FromSeconds(LongPollSeconds / 2);

    [Fact]
    public async Task GetUpdates_UpdateEnqueuedWhileWaiting_AnswersItAtOnce()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();

        var poll = CallAsync(http, "getUpdates", new JsonObject { ["timeout"] = LongPollSeconds });
        await sut.WaitUntilAsync(() => sut.IsLongPolling);
        var updateId = sut.EnqueueText(user, "hello");
        var (status, body) = await poll.WaitAsync(_wellBeforeTheTimeout);

        Assert.Equal(200, status);
        var update = Assert.Single(body["result"]!.AsArray())!;
        Assert.Equal(updateId, (long)update["update_id"]!);
        Assert.Equal("hello", (string)update["message"]!["text"]!);
        Assert.Equal(user.Id, (long)update["message"]!["chat"]!["id"]!);
    }

    [Fact]
    public async Task GetUpdates_NothingArrives_AnswersAnEmptyListAfterTheTimeout()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);

        var clock = Stopwatch.StartNew();
        var (status, body) = await CallAsync(http, "getUpdates", new JsonObject { ["timeout"] = 1 }).WaitAsync(TimeSpan.FromSeconds(LongPollSeconds));

        Assert.Equal(200, status);
        Assert.Empty(body["result"]!.AsArray());
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task GetUpdates_OffsetPastAnUpdate_ConfirmsIt()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        var first = sut.EnqueueText(user, "one");
        var second = sut.EnqueueText(user, "two");

        var (_, body) = await CallAsync(http, "getUpdates", new JsonObject { ["offset"] = first + 1 });

        Assert.Equal(second, (long)Assert.Single(body["result"]!.AsArray())!["update_id"]!);
        Assert.Equal(first + 1, sut.ConfirmedOffset);
        (_, body) = await CallAsync(http, "getUpdates", new JsonObject { ["offset"] = second + 1 });
        Assert.Empty(body["result"]!.AsArray());
        Assert.Equal(0, sut.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_SecondPollWhileTheFirstWaits_EndsTheFirstWith409()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);

        var first = CallAsync(http, "getUpdates", new JsonObject { ["timeout"] = LongPollSeconds });
        await sut.WaitUntilAsync(() => sut.IsLongPolling);
        var (secondStatus, _) = await CallAsync(http, "getUpdates");
        var (firstStatus, firstBody) = await first.WaitAsync(_wellBeforeTheTimeout);

        Assert.Equal(200, secondStatus);
        Assert.Equal(409, firstStatus);
        Assert.Equal(
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            (string)firstBody["description"]!);
    }

    [Fact]
    public async Task GetUpdates_ClientGivesUpWhileWaiting_IsRecordedUnansweredAndPollingGoesOn()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        using var giveUp = new CancellationTokenSource();
        var poll = http.PostAsJsonAsync(new Uri("getUpdates", UriKind.Relative), new JsonObject { ["timeout"] = LongPollSeconds }, giveUp.Token);
        await sut.WaitUntilAsync(() => sut.IsLongPolling);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
        await sut.WaitUntilAsync(() => sut.Calls.Count == 1, _wellBeforeTheTimeout);

        Assert.Equal(0, sut.Calls[0].StatusCode);
        Assert.Equal(200, (await CallAsync(http, "getUpdates")).Status);
    }

    [Fact]
    public async Task Request_WrongToken_Answers401Unauthorized()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut, token: "123456:wrong");

        var (status, body) = await CallAsync(http, "getMe");

        Assert.Equal(401, status);
        Assert.Equal("""{"ok":false,"error_code":401,"description":"Unauthorized"}""", body.ToJsonString());
    }

    [Fact]
    public async Task Request_UnknownMethod_Answers404NotFound()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);

        var (status, body) = await CallAsync(http, "sendTelepathy");

        Assert.Equal(404, status);
        Assert.Equal("Not Found", (string)body["description"]!);
    }

    [Fact]
    public async Task Request_QueryStringOrFormAndAnyCase_IsReadLikeJson()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();

        using var viaQuery = await http.GetAsync(new Uri($"SENDMESSAGE?chat_id={user.Id}&text=from%20query", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = $"{user.Id}", ["text"] = "from form" });
        using var viaForm = await http.PostAsync(new Uri("sendmessage", UriKind.Relative), form);

        Assert.Equal(200, (int)viaQuery.StatusCode);
        Assert.Equal(200, (int)viaForm.StatusCode);
        Assert.Equal(["from query", "from form"], sut.SentTo(user).Select(m => m.Text));
        Assert.All(sut.CallsOf("sendMessage"), c => Assert.Equal("sendmessage", c.Method));
    }

    [Fact]
    public async Task GetMe_Always_DescribesTheBot()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);

        var (_, body) = await CallAsync(http, "getMe");

        var me = body["result"]!;
        Assert.Equal(123456, (long)me["id"]!);
        Assert.True((bool)me["is_bot"]!);
        Assert.Equal(FakeTelegramServer.BotUsername, (string)me["username"]!);
        Assert.False((bool)me["has_topics_enabled"]!);
    }

    [Fact]
    public async Task GetUpdates_WhileAWebhookIsSet_Answers409()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        await CallAsync(http, "setWebhook", new JsonObject { ["url"] = "http://127.0.0.1:9/hook" });

        var (status, body) = await CallAsync(http, "getUpdates");

        Assert.Equal(409, status);
        Assert.Equal(
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            (string)body["description"]!);
        await CallAsync(http, "deleteWebhook");
        Assert.Null(sut.Webhook);
        Assert.Equal(200, (await CallAsync(http, "getUpdates")).Status);
    }

    [Fact]
    public async Task Webhook_EndpointFailsTwice_PostedAgainUntil2xxWithTheSecretHeader()
    {
        await using var sut = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { WebhookRetryDelay = TimeSpan.FromMilliseconds(20) });
        await using var receiver = await WebhookReceiver.StartAsync(500, 500);
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        var (status, _) = await CallAsync(http, "setWebhook", new JsonObject { ["url"] = receiver.Url.ToString(), ["secret_token"] = "s3cr3t_-X" });

        var updateId = sut.EnqueueText(user, "hi");
        await sut.WaitUntilAsync(() => sut.ConfirmedOffset == updateId + 1);

        Assert.Equal(200, status);
        Assert.Equal([500, 500, 200], receiver.Received.Select(p => p.AnsweredStatus));
        Assert.All(receiver.Received, p => Assert.Equal("s3cr3t_-X", p.SecretToken));
        Assert.All(receiver.Received, p => Assert.Equal(updateId, (long)JsonNode.Parse(p.Body)!["update_id"]!));
        var (_, info) = await CallAsync(http, "getWebhookInfo");
        Assert.Equal(receiver.Url.ToString(), (string)info["result"]!["url"]!);
        Assert.Equal(0, (int)info["result"]!["pending_update_count"]!);
        Assert.Equal("Wrong response from the webhook: 500 Internal Server Error", (string)info["result"]!["last_error_message"]!);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("base64+/=")]
    public async Task SetWebhook_SecretWithUnallowedCharacters_Answers400(string secret)
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);

        var (status, body) = await CallAsync(http, "setWebhook", new JsonObject { ["url"] = "http://127.0.0.1:9/", ["secret_token"] = secret });

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: secret token contains unallowed characters", (string)body["description"]!);
        Assert.Null(sut.Webhook);
    }

    [Theory]
    [InlineData("a &lt; b &amp;&amp; c &gt; d", "a < b && c > d")]
    [InlineData("<b>bold</b>, <i>it</i> <a href=\"https://x.org\">link</a>", "bold, it link")]
    [InlineData("&#128578; &#x41;&quot;", "\U0001F642 A\"")]
    [InlineData("<blockquote expandable>quoted</blockquote>", "quoted")]
    public async Task SendMessage_ValidHtml_StoresThePlainText(string html, string plain)
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();

        var (status, body) = await SendAsync(http, user, html);

        Assert.Equal(200, status);
        Assert.Equal(plain, (string)body["result"]!["text"]!);
        Assert.Equal(html, Assert.Single(sut.SentTo(user)).Text);
    }

    [Theory]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<b>bold", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>bold</i>", "Unmatched end tag at byte offset 7, expected \"</b>\", found \"</i>\"")]
    [InlineData("<p>para</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("fish & chips", "Unescaped \"&\" at byte offset 5")]
    public async Task SendMessage_InvalidHtml_Answers400CantParseEntities(string html, string why)
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();

        var (status, body) = await SendAsync(http, user, html);

        Assert.Equal(400, status);
        Assert.StartsWith("Bad Request: can't parse entities: " + why, (string)body["description"]!, StringComparison.Ordinal);
        Assert.Empty(sut.SentTo(user));
    }

    [Fact]
    public async Task SendMessage_4096EscapedAmpersands_FitBecauseLengthCountsAfterParsing()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();

        var (fits, _) = await SendAsync(http, user, string.Concat(Enumerable.Repeat("&amp;", 4096)));
        var (tooLong, body) = await SendAsync(http, user, new string('a', 4097));

        Assert.Equal(200, fits);
        Assert.Equal(4096, Assert.Single(sut.SentTo(user)).PlainText.Length);
        Assert.Equal(400, tooLong);
        Assert.Equal("Bad Request: message is too long", (string)body["description"]!);
    }

    [Theory]
    [InlineData(32, "", 200)]
    [InlineData(32, "a", 400)]
    public async Task SendMessage_CallbackDataLength_CountsUtf8Bytes(int twoByteCharacters, string extra, int expected)
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        var data = new string('é', twoByteCharacters) + extra;
        var markup = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "Yes", ["callback_data"] = data })) };

        var (status, body) = await SendAsync(http, user, "Ready?", markup);

        Assert.Equal(expected, status);
        if (expected == 400)
        {
            Assert.Equal("Bad Request: BUTTON_DATA_INVALID", (string)body["description"]!);
        }
        else
        {
            Assert.Equal(data, Assert.Single(Assert.Single(Assert.Single(sut.SentTo(user)).Buttons)).CallbackData);
        }
    }

    [Fact]
    public async Task SendMessage_BeyondTheRateLimit_Answers429WithRetryAfter()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        sut.EnforceRateLimits(perChatPerSecond: 1, perChatBurst: 2, globalPerSecond: 30);

        await SendAsync(http, user, "one");
        await SendAsync(http, user, "two");
        var (status, body) = await SendAsync(http, user, "three");

        Assert.Equal(429, status);
        var retryAfter = (int)body["parameters"]!["retry_after"]!;
        Assert.InRange(retryAfter, 1, 2);
        Assert.Equal($"Too Many Requests: retry after {retryAfter}", (string)body["description"]!);
        Assert.Equal(1, sut.TooManyRequestsAnswered);
        Assert.Equal(2, sut.SentTo(user).Count);
    }

    [Fact]
    public async Task FailNext_Drop_MakesHttpClientThrowThenAnswersNormally()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        sut.FailNext("getMe", 1, new FakeFault.Drop());

        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(http, "getMe"));

        Assert.Equal(200, (await CallAsync(http, "getMe")).Status);
    }

    [Fact]
    public async Task FailNext_Slow_DelaysThenAnswersNormally()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        sut.FailNext("getMe", 1, new FakeFault.Slow(TimeSpan.FromMilliseconds(300)));

        var clock = Stopwatch.StartNew();
        var (status, _) = await CallAsync(http, "getMe");

        Assert.Equal(200, status);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task FailNext_TwoServerErrors_CountsDownThenAnswersNormally()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        sut.FailNext("GETME", 2, new FakeFault.ServerError());

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync(new Uri("getMe", UriKind.Relative), null);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([502, 502, 200], statuses);
        Assert.Equal(statuses, sut.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task SendMessage_UserBlockedTheBot_Answers403AndQueuesMyChatMember()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        sut.Block(user);

        var (status, body) = await SendAsync(http, user, "still there?");
        var (_, updates) = await CallAsync(http, "getUpdates");

        Assert.Equal(403, status);
        Assert.Equal("Forbidden: bot was blocked by the user", (string)body["description"]!);
        var change = Assert.Single(updates["result"]!.AsArray())!["my_chat_member"]!;
        Assert.Equal("kicked", (string)change["new_chat_member"]!["status"]!);
    }

    [Fact]
    public async Task SendMessage_ToAMigratedChat_Answers400WithTheNewChatId()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        sut.MigrateChat(-4001, -1004001);

        var (status, body) = await CallAsync(http, "sendMessage", new JsonObject { ["chat_id"] = -4001, ["text"] = "hi" });
        var (resent, _) = await CallAsync(http, "sendMessage", new JsonObject { ["chat_id"] = -1004001, ["text"] = "hi" });

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: group chat was upgraded to a supergroup chat", (string)body["description"]!);
        Assert.Equal(-1004001, (long)body["parameters"]!["migrate_to_chat_id"]!);
        Assert.Equal(200, resent);
    }

    [Fact]
    public async Task AnswerCallbackQuery_SameIdTwice_SecondIsTooOld()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        var markup = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "Yes", ["callback_data"] = "yes" })) };
        var (_, sent) = await SendAsync(http, user, "Ready?", markup);
        sut.EnqueueCallback(user, (long)sent["result"]!["message_id"]!, "yes");
        var (_, updates) = await CallAsync(http, "getUpdates");
        var query = Assert.Single(updates["result"]!.AsArray())!["callback_query"]!;

        var (first, _) = await CallAsync(http, "answerCallbackQuery", new JsonObject { ["callback_query_id"] = (string)query["id"]! });
        var (second, body) = await CallAsync(http, "answerCallbackQuery", new JsonObject { ["callback_query_id"] = (string)query["id"]! });

        Assert.Equal("Ready?", (string)query["message"]!["text"]!);
        Assert.Equal("yes", (string)query["data"]!);
        Assert.Equal(200, first);
        Assert.Equal(400, second);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", (string)body["description"]!);
        Assert.Equal([(string)query["id"]!], sut.AnsweredCallbackIds);
    }

    [Fact]
    public async Task EditMessageText_SameTextAndMarkup_IsNotModified()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var user = sut.CreateUser();
        var (_, sent) = await SendAsync(http, user, "<b>Hi</b>");
        var edit = new JsonObject { ["chat_id"] = user.Id, ["message_id"] = sent["result"]!["message_id"]!.DeepClone(), ["parse_mode"] = "HTML" };

        edit["text"] = "<strong>Hi</strong>";
        var (unchanged, body) = await CallAsync(http, "editMessageText", edit);
        edit["text"] = "<b>Hello</b>";
        var (changed, _) = await CallAsync(http, "editMessageText", edit);

        Assert.Equal(400, unchanged);
        Assert.StartsWith("Bad Request: message is not modified", (string)body["description"]!, StringComparison.Ordinal);
        Assert.Equal(200, changed);
        Assert.Equal("Hello", Assert.Single(sut.SentTo(user)).PlainText);
    }

    [Fact]
    public async Task CopyMessage_PhotoFromAPerson_RelaysItAndGetFileServesTheBytes()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        var maria = sut.CreateUser();
        var anna = sut.CreateUser("Anna");
        sut.EnqueuePhoto(maria, "my scar");
        var (_, updates) = await CallAsync(http, "getUpdates");
        var photo = Assert.Single(updates["result"]!.AsArray())!["message"]!;
        var fileId = (string)photo["photo"]!.AsArray().Last()!["file_id"]!;

        var (copied, _) = await CallAsync(http, "copyMessage", new JsonObject
        {
            ["chat_id"] = anna.Id, ["from_chat_id"] = maria.Id, ["message_id"] = photo["message_id"]!.DeepClone(), ["caption"] = "From Maria",
        });
        var (_, file) = await CallAsync(http, "getFile", new JsonObject { ["file_id"] = fileId });
        var bytes = await http.GetByteArrayAsync(new Uri(sut.BaseUrl, $"/file/bot{sut.Token}/{(string)file["result"]!["file_path"]!}"));

        Assert.Equal(200, copied);
        var copy = Assert.Single(sut.SentTo(anna));
        Assert.Equal((fileId, "From Maria"), (copy.PhotoFileId, copy.Text));
        Assert.Equal((int)file["result"]!["file_size"]!, bytes.Length);
    }

    [Fact]
    public async Task EnqueueRawBody_NextGetUpdates_AnswersItVerbatim()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);
        sut.EnqueueRawBody("{\"update_id\":");

        using var response = await http.PostAsync(new Uri("getUpdates", UriKind.Relative), null);

        Assert.Equal("{\"ok\":true,\"result\":[{\"update_id\":]}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SetMyCommands_InvalidCommandName_Answers400AndKeepsTheOldCommands()
    {
        await using var sut = await FakeTelegramServer.StartAsync();
        using var http = ClientFor(sut);

        await CallAsync(http, "setMyCommands", new JsonObject { ["commands"] = Commands("cancel") });
        var (status, body) = await CallAsync(http, "setMyCommands", new JsonObject { ["commands"] = Commands("Start-Over") });

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", (string)body["description"]!);
        Assert.Equal([new FakeCommand("cancel", "Stop here")], sut.Commands);
    }

    private static JsonArray Commands(string command) =>
        new(new JsonObject { ["command"] = command, ["description"] = "Stop here" });

    private static HttpClient ClientFor(FakeTelegramServer sut, string? token = null) =>
        new() { BaseAddress = new Uri(sut.BaseUrl, $"/bot{token ?? sut.Token}/") };

    private static Task<(int Status, JsonNode Body)> SendAsync(HttpClient http, FakeTelegramUser user, string html, JsonObject? markup = null)
    {
        var parameters = new JsonObject { ["chat_id"] = user.Id, ["text"] = html, ["parse_mode"] = "HTML" };
        if (markup is not null)
        {
            parameters["reply_markup"] = markup;
        }

        return CallAsync(http, "sendMessage", parameters);
    }

    private static async Task<(int Status, JsonNode Body)> CallAsync(HttpClient http, string method, JsonObject? parameters = null)
    {
        using var response = await http.PostAsJsonAsync(new Uri(method, UriKind.Relative), parameters ?? []);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
