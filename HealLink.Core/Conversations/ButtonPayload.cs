using System.Globalization;
using HealLink.Core.Matching;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Conversations;

/// <summary>
/// The grammar of button payloads (each at most 64 UTF-8 bytes):
/// <c>q:{version}:{optionKey}</c> answers the question asked at that state version;
/// <c>n:{version}:{back|skip|done|keep}</c> moves through it;
/// <c>a:{command}</c> runs a command from any state (e.g. <c>a:match</c> for "Find my match");
/// <c>m:{skip}</c> shows more mentor cards, <c>m:auto</c> chooses for the mentee, <c>c:{mentorId}</c> connects;
/// <c>b:{filter}</c> shows the /browse menu with that filter, <c>bs:{filter}:{skip}</c> the mentors it lets through;
/// <c>x:{version}</c> confirms /delete, as asked at that state version.
/// </summary>
internal static class ButtonPayload
{
    public static string Answer(int version, string optionKey) =>
        string.Create(CultureInfo.InvariantCulture, $"q:{version}:{optionKey}");

    public static string Navigate(int version, Navigation navigation) =>
        string.Create(CultureInfo.InvariantCulture, $"n:{version}:{NavigationName(navigation)}");

    public static string Action(BotCommand command) => "a:" + command.ToString().ToLowerInvariant();

    public static string ShowMore(int skip) => string.Create(CultureInfo.InvariantCulture, $"m:{skip}");

    public static string ChooseForMe => "m:auto";

    public static string BrowseMenu(BrowseFilter filter) => "b:" + filter.Encode();

    public static string BrowseResults(BrowseFilter filter, int skip) =>
        string.Create(CultureInfo.InvariantCulture, $"bs:{filter.Encode()}:{skip}");

    public static string ConfirmErase(int version) => string.Create(CultureInfo.InvariantCulture, $"x:{version}");

    public static string Connect(long mentorId) => string.Create(CultureInfo.InvariantCulture, $"c:{mentorId}");

    /// <summary>What a payload means, or null when it is not one of ours.</summary>
    public static PressedButton? Parse(string? payload) =>
        (payload ?? "").Split(':', 3) switch
        {
            ["a", var name] when SlashCommand.Known(name) is { } command => new PressedButton.Command(command),
            ["b", var code] when BrowseFilter.Parse(code) is { } filter => new PressedButton.Browse(filter),
            ["bs", var code, var skip] when BrowseFilter.Parse(code) is { } filter && TryParseVersion(skip, out var s)
                => new PressedButton.Matching(new ConversationIntent.Browse(filter, s)),
            ["m", "auto"] => new PressedButton.Matching(new ConversationIntent.ChooseForMe()),
            ["m", var skip] when TryParseVersion(skip, out var s) => new PressedButton.Matching(new ConversationIntent.FindMatches(s)),
            ["c", var id] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var mentorId)
                => new PressedButton.Matching(new ConversationIntent.ConnectTo(mentorId)),
            ["x", var version] when TryParseVersion(version, out var v) => new PressedButton.EraseConfirmed(v),
            ["q", var version, var key] when TryParseVersion(version, out var v) && key.Length > 0
                => new PressedButton.Answer(v, key),
            ["n", var version, var name] when TryParseVersion(version, out var v) && TryParseNavigation(name, out var navigation)
                => new PressedButton.Move(v, navigation),
            _ => null,
        };

    private static string NavigationName(Navigation navigation) => navigation.ToString().ToLowerInvariant();

    private static bool TryParseNavigation(string name, out Navigation navigation)
    {
        foreach (var candidate in Enum.GetValues<Navigation>())
        {
            if (NavigationName(candidate) == name)
            {
                navigation = candidate;
                return true;
            }
        }

        navigation = default;
        return false;
    }

    private static bool TryParseVersion(string text, out int version) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version);
}

/// <summary>A button press, understood.</summary>
internal abstract record PressedButton
{
    public sealed record Answer(int Version, string Key) : PressedButton;

    public sealed record Move(int Version, Navigation Navigation) : PressedButton;

    public sealed record Command(BotCommand Name) : PressedButton;

    /// <summary>"Yes, delete everything", under the /delete question asked at that state version.</summary>
    public sealed record EraseConfirmed(int Version) : PressedButton;

    /// <summary>A filter button of the /browse menu: shows the menu with that filter.</summary>
    public sealed record Browse(BrowseFilter Filter) : PressedButton;

    /// <summary>A button on mentor cards: it asks the pipeline to match or connect.</summary>
    public sealed record Matching(ConversationIntent Intent) : PressedButton;
}
