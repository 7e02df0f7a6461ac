namespace HealLink.Core.Tests.Conversations;

/// <summary>Complete, valid answers used across tests.</summary>
internal static class Scripts
{
    public const string MenteeIntro =
        "I'm waiting for a kidney transplant and on dialysis three times a week. I'd love to talk to someone who has been through the wait.";

    public const string MentorIntro =
        "I had my transplant four years ago after two years of dialysis. I wish I had known how normal the ups and downs of recovery are.";

    public const string MenteeLabel = "I'm preparing for or recovering from a procedure";
    public const string MentorLabel = "I've been through one and want to help";

    /// <summary>Consent given and the role chosen: the name question is open.</summary>
    public static void StartAsMentee(Chat chat)
    {
        chat.Send("/start");
        chat.Press("I agree");
        chat.Press(MenteeLabel);
    }

    /// <summary>Every mentee question answered up to the intro, which is open.</summary>
    public static void MenteeUpToIntro(Chat chat)
    {
        StartAsMentee(chat);
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Press("Preparing for it");
        chat.Press("30–44");
        chat.Press("Woman");
        chat.Press("No preference");
        chat.Press("English");
        chat.Press("Done");
        chat.Press("Skip");
        chat.Press("Skip");
    }

    /// <summary>Mentor consent, role, name, procedure, stage, age, gender, languages, hospital, interests, intro: topics are open.</summary>
    public static void MentorUpToHelpTopics(Chat chat)
    {
        chat.Send("/start");
        chat.Press("I agree");
        chat.Press(MentorLabel);
        chat.Send("Sam");
        chat.Send("kidney transplant");
        chat.Press("More than 3 years ago");
        chat.Press("45–59");
        chat.Press("Skip");
        chat.Press("English");
        chat.Press("Done");
        chat.Press("Skip");
        chat.Press("Skip");
        chat.Send(MentorIntro);
    }

    public static void OnboardMenteeByButtons(Chat chat)
    {
        chat.Send("/start");
        chat.Press("I agree");
        chat.Press(MenteeLabel);
        chat.Send("Maria");
        chat.Send("kidney transplant");
        chat.Press("Preparing for it");
        chat.Press("30–44");
        chat.Press("Woman");
        chat.Press("No preference");
        chat.Press("English");
        chat.Press("Spanish");
        chat.Press("Done");
        chat.Press("Skip");
        chat.Press("Cooking");
        chat.Press("Done");
        chat.Send(MenteeIntro);
        chat.Press("Looks good");
    }

    public static void OnboardMentorByButtons(Chat chat)
    {
        chat.Send("hi");
        chat.Press("I agree");
        chat.Press(MentorLabel);
        chat.Send("Sam");
        chat.Send("Kidney transplant");
        chat.Press("More than 3 years ago");
        chat.Press("45–59");
        chat.Press("Man");
        chat.Press("English");
        chat.Press("Done");
        chat.Send("St Mary's Hospital");
        chat.Press("Skip");
        chat.Send(MentorIntro);
        chat.Press("Waiting for a transplant or surgery");
        chat.Press("Returning to work");
        chat.Press("Done");
        chat.Press("2");
        chat.Send("Weekday evenings");
        chat.Press("Looks good");
    }
}
