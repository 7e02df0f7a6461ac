using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>The whole bot on Telegram: long polling against a fake Bot API server, a real database.</summary>
public sealed class TelegramChannelTests : TelegramTestBase
{
    [Fact]
    public async Task Polling_MenteeAndMentorOnboardThroughUpdatesOnly()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser("Maria")) { Bot = bot };
        var sam = new TelegramPerson(Telegram, Telegram.CreateUser("Sam")) { Bot = bot };

        await maria.RunAsync(Scripts.MenteeByButtons);
        await sam.RunAsync(Scripts.MentorByButtons);

        Assert.StartsWith("You're all set, Maria", maria.Last.PlainText, StringComparison.Ordinal);
        Assert.Equal("a:match", Assert.Single(maria.Last.Buttons.SelectMany(r => r)).CallbackData);
        Assert.Equal(OnboardingCopy.English.MentorFinished, sam.Last.PlainText);
        // Telegram reads parse_mode without regard to case; Telegram.Bot sends "Html".
        Assert.All(maria.Received.Concat(sam.Received), m => Assert.Equal("HTML", m.ParseMode, ignoreCase: true));
        Assert.Equal(1, await bot.ScalarAsync("SELECT count(*) FROM profiles WHERE role = 'Mentor' AND vetting_status = 'Pending'"));
    }

    [Fact]
    public async Task Polling_EveryButtonPress_IsAnswered()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };

        await maria.RunAsync(Scripts.StartMentee);
        await Telegram.WaitUntilAsync(() => Telegram.AnsweredCallbackIds.Count == 2);

        Assert.Equal(2, Telegram.Calls.Count(c => c.Method == "answercallbackquery"));
    }

    [Fact]
    public async Task Polling_StartUp_RegistersTheCommandMenuInEnglishAndSpanishAndRemovesAnyWebhook()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);

        // The menu is published beside start-up, not after it: either may reach the server first.
        await Telegram.WaitUntilAsync(() => Telegram.CommandsIn("es").Count > 0 && Telegram.Calls.Any(c => c.Method == "deletewebhook"));

        Assert.Contains(Telegram.Commands, c => c.Command == "start");
        Assert.Contains(new FakeCommand("start", "Empezar, o seguir donde lo dejaste"), Telegram.CommandsIn("es"));
        Assert.Equal(Telegram.Commands.Select(c => c.Command), Telegram.CommandsIn("es").Select(c => c.Command));
        Assert.Contains(Telegram.Calls, c => c.Method == "getme");
    }

    [Fact]
    public async Task Polling_WhatPeopleTypeWithHtmlCharacters_ComesBackExactly()
    {
        await using var bot = await TelegramBotHost.StartAsync(Telegram, Database);
        var maria = new TelegramPerson(Telegram, Telegram.CreateUser()) { Bot = bot };
        await maria.RunAsync(Scripts.StartMentee);

        var replies = await maria.SayAsync("/frob<b>&amp;");

        Assert.Contains("I don't know /frob<b>&amp; yet", replies[0].PlainText, StringComparison.Ordinal);
    }
}
