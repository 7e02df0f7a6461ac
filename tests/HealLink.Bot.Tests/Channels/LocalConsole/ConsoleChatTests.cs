using HealLink.Core.Onboarding;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Storage;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>The whole bot in this process, chatting through the console channel on a real database (<see cref="TestDatabase"/>).</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose()
    {
        _database.Dispose();
    }

    [Fact]
    public async Task Console_MenteeAndMentorBothOnboard_OneTerminalTwoPeople()
    {
        await using var bot = await InProcessBot.StartAsync(_database);

        await bot.RunAsync(Scripts.MenteeByButtons);
        Assert.Contains(OnboardingCopy.English.MenteeFinished("Maria").Split('\n')[0], bot.Output, StringComparison.Ordinal);

        Assert.Contains("Now typing as person 2", await bot.TypeAsync("/as 2"), StringComparison.Ordinal);
        await bot.RunAsync(Scripts.MentorByButtons);
        Assert.EndsWith(OnboardingCopy.English.MentorFinished + "\nperson 2 › ", bot.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var who = await bot.TypeAsync("/who");
        Assert.Contains("person 1 — Maria · mentee · profile finished", who, StringComparison.Ordinal);
        Assert.Contains("person 2 — Sam · mentor · profile finished, waiting for review  ← typing now", who, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QuitAsync());
        Assert.Empty(bot.Errors);
    }

    [Fact]
    public async Task Console_RestartMidOnboarding_SamePersonResumesAtTheSameQuestion()
    {
        await using (var first = await InProcessBot.StartAsync(_database))
        {
            await first.RunAsync(Scripts.MenteeToIntro);
            Assert.Equal(0, await first.QuitAsync());
        }

        await using var second = await InProcessBot.StartAsync(_database);
        var resumed = await second.TypeAsync("/start");
        Assert.Contains("Welcome back", resumed, StringComparison.Ordinal);
        Assert.Contains("In a few sentences", resumed, StringComparison.Ordinal);

        var summary = await second.TypeAsync(Scripts.MenteeIntro);
        Assert.Contains("Looks good", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_StoryPastTheLimitThenARestart_KeepTheFirstPartByItsNumber()
    {
        await using (var first = await InProcessBot.StartAsync(_database))
        {
            await first.RunAsync(Scripts.MenteeToIntro);
            Assert.Contains("It's 1,019 characters", await first.TypeAsync(Drafts.LongStory()), StringComparison.Ordinal);
            Assert.Equal(0, await first.QuitAsync());
        }

        await using var second = await InProcessBot.StartAsync(_database);
        Assert.Contains("I can keep the first part", await second.TypeAsync("/start"), StringComparison.Ordinal);
        var summary = await second.PressAsync(DraftMessages.English.FirstPartLabel);

        Assert.Contains("Your story: " + Drafts.Sentence, summary, StringComparison.Ordinal);
        Assert.Contains("Looks good", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_DemoMentors_AMenteeSeesCardsAndConnectsByNumber()
    {
        await using var bot = await InProcessBot.StartAsync(_database, "--demo");
        await bot.RunAsync(Scripts.MenteeByButtons);

        var cards = await bot.PressAsync("Find my match");
        var connect = bot.ButtonsSinceLastInput().Keys.First(label => label.StartsWith("Connect with ", StringComparison.Ordinal));
        var requested = await bot.PressAsync(connect);

        Assert.Contains("(demo)", cards, StringComparison.Ordinal);
        Assert.Contains("Why: ", cards, StringComparison.Ordinal);
        Assert.Contains($"I've asked {connect["Connect with ".Length..]}", requested, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_DemoMentors_ACaregiverSeesCaregiverMentorsSayingSo()
    {
        await using var bot = await InProcessBot.StartAsync(_database, "--demo");
        await bot.RunAsync(Scripts.CaregiverByButtons);

        var cards = await bot.PressAsync("Find my match");

        Assert.Contains("Here are people who've supported someone through a procedure", cards, StringComparison.Ordinal);
        Assert.Contains("Carmen (demo) · supported someone through a kidney transplant", cards, StringComparison.Ordinal);
        Assert.DoesNotContain("been where you are", cards, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_BadInput_GetsKindRepliesAndTheQuestionAgain()
    {
        await using var bot = await InProcessBot.StartAsync(_database);
        await bot.RunAsync(Scripts.StartMentee);

        Assert.Contains("I don't know /frobnicate yet", await bot.TypeAsync("/frobnicate"), StringComparison.Ordinal);
        Assert.Contains("could you keep it under", await bot.TypeAsync(string.Concat(Enumerable.Repeat("😀", 2_500))), StringComparison.Ordinal);
        Assert.Contains("To type as someone else, use /as and a number", await bot.TypeAsync("/as everyone"), StringComparison.Ordinal);
        Assert.DoesNotContain("HealLink ›", await bot.TypeAsync("   "), StringComparison.Ordinal);

        var named = await bot.TypeAsync("Maria");
        Assert.Contains("What procedure", named, StringComparison.Ordinal);
    }
}
