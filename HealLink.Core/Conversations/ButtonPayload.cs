using System.Globalization;
using HealLink.Core.Connections;
using HealLink.Core.Languages;
using HealLink.Core.Matching;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// The grammar of button payloads (each at most 64 UTF-8 bytes):
/// <c>q:{version}:{optionKey}</c> answers the question asked at that state version;
/// <c>n:{version}:{back|skip|done|keep|firstpart|shorter}</c> moves through it (the last two answer a draft's offer);
/// <c>a:{command}</c> runs a command from any state (e.g. <c>a:match</c> for "Find my match");
/// <c>m:{skip}</c> shows more mentor cards, <c>m:auto</c> chooses for the mentee, <c>c:{mentorId}</c> connects;
/// <c>b:{filter}</c> shows the /browse menu with that filter, <c>bs:{filter}:{skip}</c> the mentors it lets through;
/// <c>x:{version}</c> confirms /delete, as asked at that state version;
/// on a connection: <c>ca:{id}</c> accepts, <c>cd:{id}</c> declines, <c>cx:{id}:{reason}</c> says why, <c>cw:{id}</c>
/// withdraws, <c>ct:{id}</c> talks to (switches to it, sending a held message), <c>ce:{id}</c> ends, <c>cb:{id}</c>
/// blocks, <c>cr:{id}</c> reports, <c>rt:{id}:{score}</c> rates; <c>rn</c> leaves no comment; <c>tz:{key}</c> sets the
/// person's time zone.
/// Connection ids need no version: the pipeline checks the connection's state when the button arrives.
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

    public static string Accept(long connectionId) => OnConnection("ca", connectionId);

    public static string Decline(long connectionId) => OnConnection("cd", connectionId);

    public static string ExplainDecline(long connectionId, DeclineReason reason) =>
        OnConnection("cx", connectionId) + ":" + reason.ToString().ToLowerInvariant();

    public static string Withdraw(long connectionId) => OnConnection("cw", connectionId);

    public static string TalkTo(long connectionId) => OnConnection("ct", connectionId);

    public static string End(long connectionId) => OnConnection("ce", connectionId);

    public static string Block(long connectionId) => OnConnection("cb", connectionId);

    public static string Report(long connectionId) => OnConnection("cr", connectionId);

    public static string Rate(long connectionId, int score) =>
        OnConnection("rt", connectionId) + ":" + score.ToString(CultureInfo.InvariantCulture);

    public const string NoComment = "rn";

    public static string TimeZone(TimeZoneChoice choice) => "tz:" + choice.Key;

    public static string Language(Language language) => "lg:" + language.Code;

    private static string OnConnection(string prefix, long connectionId) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}:{connectionId}");

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
            ["ca", var id] when TryParseId(id, out var c) => new PressedButton.OnConnection(new ConversationIntent.AnswerRequest(c, Accept: true)),
            ["cd", var id] when TryParseId(id, out var c) => new PressedButton.OnConnection(new ConversationIntent.AnswerRequest(c, Accept: false)),
            ["cx", var id, var reason] when TryParseId(id, out var c) && TryParseReason(reason, out var r)
                => new PressedButton.OnConnection(new ConversationIntent.ExplainDecline(c, r)),
            ["cw", var id] when TryParseId(id, out var c) => new PressedButton.OnConnection(new ConversationIntent.Withdraw(c)),
            ["ce", var id] when TryParseId(id, out var c) => new PressedButton.OnConnection(new ConversationIntent.EndConnection(c, EndReason.Finished)),
            ["cb", var id] when TryParseId(id, out var c) => new PressedButton.OnConnection(new ConversationIntent.EndConnection(c, EndReason.Blocked)),
            ["cr", var id] when TryParseId(id, out var c) => new PressedButton.OnConnection(new ConversationIntent.Report(c)),
            ["rt", var id, var score] when TryParseId(id, out var c) && TryParseVersion(score, out var s) && s is >= 1 and <= 5
                => new PressedButton.OnConnection(new ConversationIntent.Rate(c, s)),
            ["ct", var id] when TryParseId(id, out var c) => new PressedButton.TalkTo(c),
            ["rn"] => new PressedButton.NoComment(),
            ["tz", var key] when TimeZoneChoices.ByKey(key) is { } zone => new PressedButton.SetTimeZone(zone),
            ["lg", var code] when Languages.Language.Supported.FirstOrDefault(l => l.Code == code) is { } language => new PressedButton.SetLanguage(language),
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

    private static bool TryParseId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    private static bool TryParseReason(string text, out DeclineReason reason)
    {
        reason = Enum.GetValues<DeclineReason>().FirstOrDefault(r => r.ToString().Equals(text, StringComparison.OrdinalIgnoreCase));
        return reason.ToString().Equals(text, StringComparison.OrdinalIgnoreCase);
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

    /// <summary>A button on a request or a conversation: the pipeline checks the connection and acts.</summary>
    public sealed record OnConnection(ConversationIntent Intent) : PressedButton;

    /// <summary>"Talk with Ana": the conversation what they type goes to, and where a held message goes.</summary>
    public sealed record TalkTo(long ConnectionId) : PressedButton;

    /// <summary>"No comment" after a rating.</summary>
    public sealed record NoComment : PressedButton;

    /// <summary>A place chosen under /timezone.</summary>
    public sealed record SetTimeZone(TimeZoneChoice Zone) : PressedButton;

    public sealed record SetLanguage(Language Language) : PressedButton;
}
