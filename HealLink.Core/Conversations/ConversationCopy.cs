using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>
/// What the bot says outside the questions themselves (each question's words live with its step in Onboarding/).
/// </summary>
internal class ConversationCopy
{
    public static ConversationCopy English { get; } = new();

    /// <summary>Every command, as someone looking for a mentor (or whose role is not known yet) can use them.</summary>
    public virtual string CommandList =>
        "You can use: /start to begin or carry on · /profile to see your answers · /edit to change one · "
        + "/match to find your match · /browse to look through mentors yourself · /mentor to see your mentor or request · "
        + "/icebreaker for ideas to open a conversation · "
        + "/end to finish a conversation · /report if something's wrong · /block to stop someone contacting you · "
        + "/back for the previous question · /cancel to stop for now · "
        + "/timezone so nothing arrives at night · /language for English or Spanish · "
        + "/export to see everything we hold about you · /delete to erase it · /help for this message.";

    /// <summary>A mentor's commands: finding and browsing mentors are a mentee's.</summary>
    public virtual string MentorCommandList =>
        "You can use: /start to begin or carry on · /profile to see your answers and your review · /edit to change one · "
        + "/mentees to see your conversations and requests · /switch to choose who what you type goes to · "
        + "/icebreaker for ideas to open a conversation · "
        + "/end to finish a conversation · /report if something's wrong · /block to stop someone contacting you · "
        + "/back for the previous question · /cancel to stop for now · /timezone so nothing arrives at night · "
        + "/language for English or Spanish · /export to see everything we hold about you · /delete to erase it · /help for this message.";

    private const string About =
        "HealLink connects you with a volunteer who has been through the same procedure, for peer support: someone to talk to who gets it.\n"
        + "It isn't medical advice or an emergency service — for medical questions, please ask your care team. "
        + "In an emergency, call your local emergency number.\n";

    public virtual string Help => About + CommandList;

    public virtual string MentorHelp => About + MentorCommandList;

    public virtual string HelpFor(Role? role) => role == Role.Mentor ? MentorHelp : Help;

    public virtual string CommandListFor(Role? role) => role == Role.Mentor ? MentorCommandList : CommandList;

    public virtual string ExportLead =>
        "Here's everything HealLink holds about you. Only you see this; it isn't kept in our message queue after it reaches you.";

    public virtual string EraseQuestion =>
        "This erases everything HealLink holds about you: your profile and story, your answers, your requests and conversations, "
        + "and the messages you've written (anyone you were talking with is told, neutrally, that the conversation has ended). "
        + "It can't be undone. Delete everything?";

    public virtual string EraseYes => "Yes, delete everything";

    public virtual string EraseNo => "No, keep it";

    public virtual string EraseStale => "That button is from an earlier message, so nothing was deleted.";

    public virtual string Erased =>
        "Done — everything HealLink held about you has been deleted. Thank you for the time you spent here. "
        + "If you ever write again, you'll start afresh.";

    public virtual string RequestEndedByErasure =>
        "The mentor you asked can no longer take requests, so yours has ended — it isn't about you. Tap Find my match to look again.";

    public virtual string WelcomeBack => "Welcome back! Let's pick up where you left off.";

    public virtual string Paused => "You've paused — send /start to continue.";

    public virtual string PausedNow =>
        "Okay, we've paused here. Your answers so far are kept — send /start to pick up where you left off.";

    public virtual string NothingToCancel => "There's nothing to cancel right now.";

    public virtual string NothingChanged => "Okay — nothing changed.";

    /// <summary>After a crisis reply, in place of taking the words as an answer: the question waits, gently.</summary>
    public virtual string AfterCrisis =>
        "There's no rush with the questions, and I haven't saved what you just wrote as an answer. Whenever you feel ready, here's where we were:";

    public virtual string StaleButton => "That button is from an earlier question — here's where we are now:";

    public virtual string UnknownButton => "Sorry, I didn't understand that button — here's where we are now:";

    public virtual string TextOnly => "I can only read text here — could you type your answer instead?";

    public virtual string TextOnlyIdle => "I can only read text here.";

    public virtual string FirstQuestion => "This is the first question, so there's nothing to go back to.";

    public virtual string NoQuestion => "There's no question to go back to right now.";

    public virtual string NoProfileYet => "We don't have a profile for you yet — let's start one.";

    public virtual string ProfileNotStarted => "Your profile isn't finished yet — we've only just started.";

    public virtual string EditAfterFinishing =>
        "You'll be able to change any answer once your profile is finished — until then, Back takes you to the previous question.";

    public virtual string MatchIsForMentees =>
        "Find my match is for people looking for a mentor. As a mentor, you'll hear from us here when someone would like to connect.";

    public virtual string MatchAfterFinishing => "Let's finish your profile first — then you can look for your match.";

    public virtual string MentorPending => "Your profile is with a coordinator for review — we'll message you here.";

    public virtual string MentorApproved => "You're all set as a mentor. We'll message you here when a mentee would like to connect.";

    public virtual string MentorInactive => "Your mentor profile isn't active at the moment. Send /profile to see it, or /help for more.";

    public virtual Button ContinueButton => new("Continue", ButtonPayload.Action(BotCommand.Start));

    // In every language the bot speaks: someone looking for this may not read the one it speaks now.
    public virtual string LanguageQuestion => "Which language would you like me to use? · ¿En qué idioma prefieres que te hable?";

    public virtual string LanguageChosen => "Done — I'll speak English with you from now on. /language changes it.";

    public virtual string ReadyToMatch => "Whenever you're ready, tap Find my match.";

    public virtual Button FindMatchButton =>
        new(OnboardingCopy.English.FindMatchLabel, ButtonPayload.Action(BotCommand.Match));

    public virtual string UnknownCommand(string name, Role? role) => $"I don't know {name} yet.\n{CommandListFor(role)}";

    public virtual string Greeting(string? name) => name is null ? "Hi, good to see you again." : $"Hi {name}, good to see you again.";

    public virtual string ProfileSoFar(string summary, bool paused) =>
        "Your profile isn't finished yet — here's what you've told us so far:\n\n" + summary
        + (paused ? "\n\nSend /start to pick up where you left off." : "\n\nLet's carry on below — or send /start anytime to pick up here.");

    public virtual string ProfileShown(string summary) => "Here's your profile:\n\n" + summary + "\n\nSend /edit to change something.";

    /// <summary>Where a finished mentor's review stands, under their profile.</summary>
    public virtual string ReviewStatus(VettingStatus? status) => status switch
    {
        VettingStatus.Approved => "Review: approved — mentees who fit can ask to connect with you.",
        VettingStatus.Rejected => "Review: not approved as a mentor at this time.",
        VettingStatus.Suspended => "Review: your mentor profile is paused by a coordinator, so no one is matched with you for now.",
        _ => "Review: waiting for a coordinator — usually within a few days. We'll message you here.",
    };

    public virtual string ProfileSaved(string summary) =>
        "Saved. Here's your profile now:\n\n" + summary + "\n\nSend /edit to change something else.";
}
