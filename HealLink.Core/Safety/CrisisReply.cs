using HealLink.Core.Messaging;

namespace HealLink.Core.Safety;

/// <summary>What we say, before anything else, when someone's words suggest they may be in crisis.</summary>
public static class CrisisReply
{
    // Nobody is alerted yet (there is no flagging), so this must not claim that a coordinator was notified.
    public const string Text =
        "I'm really sorry you're going through this, and thank you for telling us.\n"
        + "If you might act on these thoughts or you're in danger, please contact your local emergency services "
        + "or a crisis line right now.\n"
        + "Your local emergency number — 112 in Europe, 911 in the US and Canada, 999 in the UK.\n"
        + "Crisis lines, free and open day and night: 988 in the US, Samaritans 116 123 in the UK and Ireland, 024 in Spain.\n"
        + "HealLink is peer support, not an emergency service — but you're not alone, and you can keep talking here.";

    public static Reply Message { get; } = new(Text);
}
