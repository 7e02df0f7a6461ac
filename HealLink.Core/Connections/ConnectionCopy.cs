using HealLink.Core.Conversations;
using HealLink.Core.Messaging;

namespace HealLink.Core.Connections;

/// <summary>What the bot says about requests and conversations, to either side.</summary>
internal class ConnectionCopy
{
    public static ConnectionCopy English { get; } = new();

    public virtual string Disclaimer =>
        "HealLink connects you with someone who has been there. They are not a medical professional — for medical questions, please ask your care team.";

    public virtual string Suspended =>
        "Your account is paused by a coordinator, so messages can't be passed on or matches made for now. If you think this is a mistake, please reply /help.";

    public virtual string NoConversation => "You don't have a conversation open right now.";

    public virtual string IcebreakerWhichConversation => "Choose who you're talking with first (/switch), then try /icebreaker again.";

    public virtual string ConversationGone => "That conversation has ended, so nothing was sent there.";

    public virtual string RequestGone => "That request has already been answered or has ended — nothing changed.";

    public virtual string WhichConversation => "You're talking with more than one person. Who is this message for? (I've kept it until you choose.)";

    public virtual string EditNotPassedOn =>
        "I noticed you edited a message. Edits don't change answers already saved — /edit changes one.";

    public virtual string CannotPassOn(string kind) => kind == UnsupportedInput.SeveralFiles
        ? "I can pass on one file per message. Could you send them one at a time? Nothing you sent was shared."
        : $"I can pass on text, photos, voice notes, videos, documents and stickers — but not a {kind.Replace('_', ' ')}: it could share where you are or how to reach you. Your conversation stays private this way.";

    public virtual string Edited(string name, string text) => $"{name} edited a message: {text}";

    public virtual string SentMedia(string name, string kind) => $"{name} sent a {kind.Replace('_', ' ')}:";

    /// <summary>
    /// To someone whose file could not go to the other person (who is on another platform, which neither is told:
    /// that is theirs to share).
    /// </summary>
    public virtual string MediaNotCarried(string otherName, string kind) =>
        $"I can't pass this {kind.Replace('_', ' ')} on to {otherName}. "
        + "Could you tell them about it in a message?";

    /// <summary>To the other person: something was sent that could not reach them, with its caption when there was one.</summary>
    public virtual string MediaNotCarriedToOther(string senderName, string kind, string? caption) =>
        $"{senderName} sent a {kind.Replace('_', ' ')}, which I can't pass on."
        + (string.IsNullOrWhiteSpace(caption) ? "" : $" With it they wrote: {caption}");

    public virtual string ChooseConversation => "Who would you like to talk to? What you type next goes to them.";

    /// <summary>The mentee's confirmation: a promise the answer, the expiry job and the reminder job keep.</summary>
    public virtual string Requested(string mentorName, TimeSpan expiry) =>
        $"I've asked {mentorName} — mentors usually answer within a day. I'll message you here as soon as they do, "
        + $"and if they can't answer within {Durations.InWords(expiry)} I'll help you find someone else. You can still look around meanwhile.";

    public virtual string Accepted => "Thank you for saying yes.";

    public virtual string NotAFitLabel => "Not the right fit for me";

    public virtual string NoTimeLabel => "I don't have time now";

    public virtual string SomethingElseLabel => "Something else";

    public virtual string AtCapacity =>
        "You're already talking with as many mentees as you said you could. To accept, /end a conversation first, or raise how many you can take in /edit.";

    public virtual string MenteeTaken =>
        "This person has just started talking with another mentor, so the request has ended. Thank you for being willing.";

    public virtual string DeclineAcknowledged =>
        "Thanks for letting me know — I'll find them someone else. If you'd like, tell coordinators why (they only use it to match better; the mentee never sees it):";

    public virtual string DeclineReasonThanks => "Thank you — noted.";

    public virtual string Withdrawn => "Okay — your request is withdrawn. You can look for someone else whenever you're ready.";

    public virtual string WithdrawnForMentor => "The person who asked to talk with you has withdrawn their request — nothing you need to do.";

    public virtual string Declined =>
        "The mentor you asked can't take this on right now — it isn't about you; volunteers' lives get busy. Let's find you someone else.";

    public virtual string Expired =>
        "The mentor you asked hasn't been able to answer in time — I'm sorry. It isn't about you. Let's find you someone else.";

    public virtual string ExpiredForMentor => ExpiredForMentorAfter(Defaults.RequestExpiry);

    public virtual string ExpiredForMentorAfter(TimeSpan expiry) =>
        $"A request to talk with you has ended because it wasn't answered within {Durations.InWords(expiry)}. No problem — you'll hear when someone else asks.";

    private static ConnectionsOptions Defaults { get; } = new();

    public virtual string RatingQuestion => "How helpful was this conversation for you? (1 = not at all, 5 = very)";

    public virtual string CommentQuestion => "Thank you. If you'd like to add a word about it, type it now — only coordinators see it. Or tap No comment.";

    public virtual string NoCommentLabel => "No comment";

    public virtual string CommentThanks => "Thank you — that helps us match people better.";

    public virtual string Reported =>
        "Thank you for telling us. I've passed the conversation's last messages to our coordinators, who will look into it. "
        + "If you'd rather not keep talking, /block ends the conversation.";

    public virtual string CrisisNoteForOther =>
        "The message above sounds like they may be going through something very hard. You're not expected to handle this alone: "
        + "they've been given crisis line numbers, and it's okay to gently encourage them to use them.";

    public virtual string NothingToWithdraw => "There's no request waiting for an answer.";

    public virtual string LookAgainLabel => "Find someone else";

    public virtual Button LookAgainButton => new(LookAgainLabel, ButtonPayload.Action(BotCommand.Match));

    public virtual string RequestCard(string menteeName, string facts, string? excerpt, IReadOnlyList<string> why, TimeSpan expiry) =>
        $"{menteeName} would like to talk with you.\n{facts}"
        + (excerpt is null ? "" : $"\n\"{excerpt}\"")
        + (why.Count == 0 ? "" : "\nWhy you: " + string.Join(" ", why))
        + $"\nWould you like to connect? If you don't answer within {Durations.InWords(expiry)}, the request ends and they're offered someone else.";

    /// <summary>Accept and Decline under a request: on the card, in /mentees and on the reminder, always the same.</summary>
    public virtual IReadOnlyList<IReadOnlyList<Button>> AnswerButtons(long connectionId) =>
        [[new Button("Accept", ButtonPayload.Accept(connectionId)), new Button("Decline", ButtonPayload.Decline(connectionId))]];

    public virtual string Reminder(string menteeName) => Reminder(menteeName, Defaults.RequestExpiry - Defaults.RequestReminderAfter);

    public virtual string Reminder(string menteeName, TimeSpan remaining) =>
        $"{menteeName} is still hoping to talk with you — the request ends in {Durations.InWords(remaining)} if it isn't answered.";

    // Two short messages rather than one long one: each fits a phone's screen.
    public virtual string Introduction(string otherName, string about) =>
        $"You're now connected with {otherName}. 🌱\n{about}\n\n{Disclaimer}";

    public virtual string HowToBegin(string icebreaker) =>
        $"To start: {icebreaker}\n"
        + "Just type here — I'll pass your messages on, without your username or number. /end finishes the conversation, /report tells coordinators if something's wrong.";

    public virtual string AcceptedForMentee(string mentorName) => $"Good news — {mentorName} said yes!";

    public virtual string Relayed(string senderName, string text) => $"{senderName}: {text}";

    public virtual string NowTalkingWith(string name) => $"Now talking with {name} — what you type goes to them.";

    public virtual string EndQuestion(string name) => $"End your conversation with {name}? You'll both be asked how it went.";

    public virtual string EndLabel(string name) => $"End with {name}";

    public virtual string KeepTalkingLabel => "Keep talking";

    public virtual string EndedByYou(string name) => $"Your conversation with {name} has ended. Thank you for taking the time.";

    public virtual string EndedByOther(string name) => $"{name} has ended your conversation. Thank you for the time you gave each other.";

    public virtual string BlockQuestion(string name) =>
        $"Block {name}? This ends your conversation, and you won't be matched again. Coordinators are told, so they can check all is well.";

    public virtual string BlockLabel(string name) => $"Block {name}";

    public virtual string Blocked(string name) => $"Done — {name} is blocked. Your conversation has ended, and you won't be matched again.";

    // Neutral on purpose: telling someone they were blocked invites them to look for the person elsewhere.
    public virtual string EndedNeutrally(string name) => $"Your conversation with {name} has ended. Thank you for the time you gave.";

    public virtual string ReportQuestion(string name) =>
        $"Report a problem in your conversation with {name}? Coordinators will see its last messages.";

    public virtual string ReportLabel(string name) => $"Report about {name}";

    public virtual string WithdrawLabel(string name) => $"Withdraw request to {name}";

    public virtual string Pending(string name) => $"You've asked {name} and are waiting for their answer.";

    public virtual string PendingForMentor(string name) => $"{name} is waiting for your answer.";

    public virtual string Talking(string name, bool current) => $"You're talking with {name}{(current ? " (what you type goes to them)" : "")}.";

    public virtual string TalkingReminder(IReadOnlyList<string> names) => names.Count == 1
        ? $"You're talking with {names[0]} — just type here to write to them. /end finishes the conversation."
        : $"You're talking with {string.Join(" and ", names)} — /switch chooses who what you type goes to.";

    public virtual string LeftHealLink(string name) =>
        $"{name} has left HealLink, so your conversation has ended — it isn't about you. Thank you for the time you gave.";

    public virtual string CannotReach(string name) =>
        $"I can't reach {name} right now — they may have paused HealLink or left the app. I'll keep your message; "
        + "if you'd rather stop, /end finishes the conversation.";

    public virtual string ReplyLabel(string name) => $"Reply to {name}";

    public virtual string TalkLabel(string name) => $"Talk with {name}";
}
