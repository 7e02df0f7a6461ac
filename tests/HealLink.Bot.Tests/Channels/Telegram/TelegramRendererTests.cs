using HealLink.Bot.Channels;
using HealLink.Bot.Channels.Telegram;
using HealLink.Core.Messaging;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HealLink.Bot.Tests.Channels.Telegram;

public sealed class TelegramRendererTests
{
    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("<b>not bold</b>", "&lt;b&gt;not bold&lt;/b&gt;")]
    [InlineData("&amp; stays literal", "&amp;amp; stays literal")]
    [InlineData("Zoë's \"story\" 🫶", "Zoë's \"story\" 🫶")]
    public void EscapeHtml_WhateverAPersonTyped_ReadsBackExactly(string typed, string escaped)
    {
        Assert.Equal(escaped, TelegramRenderer.EscapeHtml(typed));
    }

    [Fact]
    public void Render_Buttons_BecomeAnInlineKeyboardOnTheLastPart()
    {
        var message = Message(new string('a', 5000), [[new("I agree", "q:1:agree"), new("Not now", "q:1:decline")]]);

        var requests = TelegramRenderer.Render(message);

        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].ReplyMarkup);
        var keyboard = Assert.Single(Assert.IsType<InlineKeyboardMarkup>(requests[1].ReplyMarkup).InlineKeyboard);
        Assert.Equal(["q:1:agree", "q:1:decline"], keyboard.Select(b => b.CallbackData));
        Assert.All(requests, r => Assert.Equal(ParseMode.Html, r.ParseMode));
        Assert.All(requests, r => Assert.Equal(42, r.ChatId));
    }

    [Fact]
    public void Render_Thread_IsKeptOnEveryPart()
    {
        var message = new OutboundMessage(new ChatAddress(Platform.Telegram, "42", "7"), OutboundKind.Text, "hi", []);

        Assert.Equal(7, Assert.Single(TelegramRenderer.Render(message)).MessageThreadId);
    }

    [Fact]
    public void Split_ShortText_IsOnePart()
    {
        Assert.Equal(["hello"], TextParts.Split("hello", 4096));
    }

    [Fact]
    public void Split_Paragraphs_BreakBetweenThem()
    {
        var first = new string('a', 3000);
        var second = new string('b', 3000);

        Assert.Equal([first, second], TextParts.Split(first + "\n\n" + second, 4096));
    }

    [Fact]
    public void Split_OneLongParagraph_BreaksAfterASentence()
    {
        var sentence = "This is one sentence of a long story. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200)).TrimEnd();

        var parts = TextParts.Split(text, 4096);

        Assert.All(parts, p => Assert.True(p.Length <= 4096));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(parts).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_NoSpacesAtAll_CutsWithoutBreakingAnEmoji()
    {
        var text = string.Concat(Enumerable.Repeat("🫶", 3000));

        var parts = TextParts.Split(text, 4096);

        Assert.All(parts, p => Assert.True(p.Length <= 4096 && !char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Render_EscapedTextOverTheLimit_SplitsByWhatTelegramCounts()
    {
        // 4,096 ampersands escape to 20,480 characters but parse back to 4,096: one message, not five.
        var requests = TelegramRenderer.Render(Message(new string('&', 4096), []));

        Assert.Single(requests);
    }

    private static OutboundMessage Message(string text, IReadOnlyList<IReadOnlyList<Button>> buttons) =>
        new(new ChatAddress(Platform.Telegram, "42"), OutboundKind.Text, text, buttons);
}
