using HealLink.Core.People;

namespace HealLink.Core.Connections.Opening;

internal static class TemplateWordingEn
{
    public static TemplateWording English { get; } = new(
        Someone: "your match",
        AProcedure: "treatment",
        AboutMentor:
        [
            "{0} has been through their own {1} journey and offered to listen.",
            "{0} knows the {1} path from the inside and is glad to talk.",
            "{0} went through their own {1} and volunteered to share what it was like.",
        ],
        AboutMentorWithInterest:
        [
            "{0} has been through their own {1} journey, and you both enjoy {2}.",
            "You and {0} have more in common than the {1} path: you both like {2}.",
        ],
        AboutMentee:
        [
            "{0} is on the {1} path, something you know well.",
            "{0} would like to hear from someone who has walked the {1} path before.",
            "{0} is facing their own {1} journey and hoped to talk with someone like you.",
        ],
        AboutMenteeWithInterest:
        [
            "{0} is on the {1} path, something you know well, and you both enjoy {2}.",
            "You and {0} share more than the {1} path: you both like {2}.",
        ],
        MenteeAsks: new Dictionary<Stage, IReadOnlyList<string>>
        {
            [Stage.Preparing] =
            [
                "You could ask: what do you wish you had known in the weeks before yours?",
                "A gentle way to begin: what helped you most while you were waiting?",
                "You might ask: how did you prepare for the day itself?",
            ],
            [Stage.InHospital] =
            [
                "You could ask: what helped you get through the days in hospital?",
                "A gentle way to begin: what made the hospital stay a little easier for you?",
            ],
            [Stage.RecoveringFirstMonths] =
            [
                "You could ask: what were the first weeks of recovery like for you, and what helped?",
                "A gentle way to begin: what helped you most in the early weeks at home?",
            ],
            [TemplateWording.Later] =
            [
                "You could ask: how did life settle for you afterwards, and what surprised you?",
                "A gentle way to begin: what did the months after look like for you?",
            ],
        },
        MentorAsks: new Dictionary<Stage, IReadOnlyList<string>>
        {
            [Stage.Preparing] =
            [
                "You could share a line about your own experience, then ask: what's on your mind as the day gets closer?",
                "You might begin with: how are you feeling about what's ahead?",
            ],
            [Stage.InHospital] =
            [
                "You could ask: how are the days in hospital going for you?",
                "You might begin with: what would make today a little easier?",
            ],
            [Stage.RecoveringFirstMonths] =
            [
                "You could ask: how are the first weeks of recovery going?",
                "You might begin with: what has been hardest so far, and what has helped?",
            ],
            [TemplateWording.Later] =
            [
                "You could ask: how are things going for you these days?",
                "You might begin with: what would be most useful to talk about?",
            ],
        },
        Interests: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Outdoors"] = "the outdoors",
            ["Arts"] = "the arts",
        },
        SuggestionsLead: "Three ways to begin with {0}:",
        MenteeAsksAnyTime:
        [
            "What is one thing that made a real difference for you?",
            "Who or what kept you going on the hard days?",
            "What do you wish people had asked you back then?",
            "What are you enjoying these days?",
        ],
        MentorAsksAnyTime:
        [
            "What would be most helpful to talk about first?",
            "What has been on your mind this week?",
            "What is helping you get through the days right now?",
            "What are you looking forward to?",
        ]);
}
