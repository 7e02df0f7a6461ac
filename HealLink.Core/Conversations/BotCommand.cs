namespace HealLink.Core.Conversations;

/// <summary>The commands this version understands, typed ("/profile") or pressed as action buttons ("a:profile").</summary>
public enum BotCommand
{
    Start,
    Help,
    Profile,
    Edit,
    Match,
    Browse,
    Back,
    Cancel,
    Delete,
    Export,
    Mentees,
    Mentor,
    Switch,
    End,
    Report,
    Block,
    TimeZone,
    Language,
    Icebreaker,
}
