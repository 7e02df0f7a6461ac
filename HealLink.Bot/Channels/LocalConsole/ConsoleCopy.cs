namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>What the terminal itself says, as opposed to the bot.</summary>
internal static class ConsoleCopy
{
    public const string Goodbye = "Bye for now — everything you said is saved. Run HealLink again to carry on.";

    public const string HowToSwitch = "To type as someone else, use /as and a number from 1 to 99 — for example /as 2.";

    public const string NotSaved = "Sorry — something went wrong on our side and that message wasn't saved. Please send it again.";

    public static string Banner(LocalPerson current) =>
        "HealLink — local console chat. Nothing here leaves this computer.\n"
        + $"You are {current}. Say hi to begin; type a button's number to press it.\n"
        + "/as 2 to become another person · /who to list people · /quit to leave.";

    public static string NowTypingAs(LocalPerson person) =>
        $"Now typing as {person}. Say hi if they're new, or /start to pick up where they left off.";
}
