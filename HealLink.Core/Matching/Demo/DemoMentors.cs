using HealLink.Core.People;

namespace HealLink.Core.Matching.Demo;

/// <summary>
/// Fictional mentors, written by us for demonstrations and tests: varied procedures, stages, languages and stories,
/// so a newcomer can try matching in the console at once. None of them is a real person.
/// </summary>
internal static class DemoMentors
{
    private const Stage Recent = Stage.LessThanAYearAgo;
    private const Stage Middle = Stage.OneToThreeYearsAgo;
    private const Stage Long = Stage.MoreThanThreeYearsAgo;

    public static IReadOnlyList<DemoMentor> All { get; } =
    [
        new("Sam", "Kidney transplant", Long, Gender.Man, AgeRange.From45To59, ["English"], ["Outdoors", "Cooking"], ["waiting", "work"],
            "Dialysis three times a week for five years, then the call came at 3 a.m. I wish I had known how normal the ups and downs of the first months are, and that it was fine to ask for help."),
        new("Maria", "Kidney transplant", Middle, Gender.Woman, AgeRange.From30To44, ["English", "Spanish"], ["Family", "Cooking"], ["waiting", "family"],
            "My sister gave me a kidney two years ago. Waiting for the tests felt endless and I worried about her more than about me. Talking to someone who had done it calmed me down."),
        new("Priya", "Kidney transplant", Recent, Gender.Woman, AgeRange.From18To29, ["English", "Hindi"], ["Reading", "Music"], ["hospital-stay", "medication"],
            "I had my transplant last spring at 26. The medication routine scared me at first — so many pills, so many times a day. Now it's just part of breakfast."),
        new("Tom", "Liver transplant", Long, Gender.Man, AgeRange.From60To74, ["English"], ["Outdoors", "Travel"], ["waiting", "pain-recovery"],
            "Seven years since my liver transplant. The wait was the hardest part; the recovery was slow but steady. I walk five miles a day now and I still go to every check-up."),
        new("Ana", "Liver transplant", Middle, Gender.Woman, AgeRange.From45To59, ["Portuguese", "Spanish", "English"], ["Faith", "Family"], ["family", "mood"],
            "After my liver transplant I felt guilty and grateful at the same time. My faith and my family carried me. I can listen without judging; those feelings are normal."),
        new("Kofi", "Heart transplant", Long, Gender.Man, AgeRange.From45To59, ["English", "French"], ["Sport", "Music"], ["surgery-prep", "work"],
            "I went back to work as a teacher eight months after my heart transplant. Preparing for surgery I had a hundred questions; I'm happy to answer the ones I can."),
        new("Lena", "Lung transplant", Middle, Gender.Woman, AgeRange.From30To44, ["German", "English"], ["Arts", "Reading"], ["hospital-stay", "pain-recovery"],
            "Cystic fibrosis, then a double lung transplant two years ago. The first breath without effort made me cry. Intensive care was hard; I can tell you what to expect."),
        new("Grace", "Mastectomy", Long, Gender.Woman, AgeRange.From45To59, ["English"], ["Cooking", "Faith"], ["surgery-prep", "mood"],
            "Breast cancer at 48, a mastectomy and reconstruction. I was terrified of how I would look and feel afterwards. Five years on, I'm more myself than ever."),
        new("Sofia", "Lumpectomy", Recent, Gender.Woman, AgeRange.From30To44, ["Spanish", "English"], ["Family", "Travel"], ["surgery-prep", "family"],
            "I had a lumpectomy and radiotherapy this year with two small children at home. Telling them was harder than the surgery. I can share what helped us."),
        new("Helen", "Double mastectomy", Middle, Gender.Woman, AgeRange.From60To74, ["English"], ["Pets", "Reading"], ["pain-recovery", "caring"],
            "A preventive double mastectomy because of the BRCA gene. Recovery was slower than I expected and my husband had to learn to help. We both learned a lot."),
        new("Jamal", "Hip replacement", Middle, Gender.Man, AgeRange.From60To74, ["English", "Arabic"], ["Sport", "Outdoors"], ["pain-recovery", "work"],
            "Total hip replacement after years of pain. Physiotherapy was tough but I was back on my bike in four months. Be patient with the stairs."),
        new("Rosa", "Knee replacement", Long, Gender.Woman, AgeRange.From75, ["Spanish", "Italian"], ["Cooking", "Family"], ["pain-recovery", "medication"],
            "Both knees replaced, four years apart. The exercises matter more than anything. I still cook for the whole family on Sundays."),
        new("Wei", "Knee replacement", Recent, Gender.Man, AgeRange.From45To59, ["Chinese", "English"], ["Gaming", "Sport"], ["pain-recovery", "work"],
            "Knee replacement at 52 after a football injury that never healed. I worked from home during recovery; happy to talk about pacing yourself."),
        new("Daniel", "Heart bypass surgery", Long, Gender.Man, AgeRange.From60To74, ["English"], ["Outdoors", "Music"], ["surgery-prep", "mood"],
            "Triple bypass at 61. Afterwards I had months of low mood nobody had warned me about. It passed, and I want others to know it's common and it gets better."),
        new("Fatima", "Heart valve replacement", Middle, Gender.Woman, AgeRange.From30To44, ["Arabic", "French", "English"], ["Faith", "Arts"], ["hospital-stay", "medication"],
            "Mitral valve replacement two years ago, and now blood thinners for life. Learning to live with the medication took time; I can share my tricks."),
        new("Marco", "Colectomy", Middle, Gender.Man, AgeRange.From45To59, ["Italian", "English"], ["Cooking", "Travel"], ["diet", "pain-recovery"],
            "Part of my colon removed after bowel cancer. Eating again was a slow adventure. I love food and I found my way back to it."),
        new("Ines", "Ileostomy", Recent, Gender.Woman, AgeRange.From18To29, ["Portuguese", "English"], ["Music", "Sport"], ["diet", "mood"],
            "An ileostomy at 24 because of Crohn's disease. I thought my life was over. It wasn't — I swim, I date, I travel. Ask me anything."),
        new("George", "Spinal fusion", Long, Gender.Man, AgeRange.From30To44, ["English"], ["Gaming", "Reading"], ["pain-recovery", "work"],
            "Spinal fusion after a herniated disc. Months of pain before, a long recovery after. I went back to an office job and learned to take breaks."),
        new("Aiko", "Kidney transplant", Middle, Gender.Woman, AgeRange.From30To44, ["English"], ["Arts", "Pets"], ["waiting", "mood"],
            "Three years on the waiting list, anxious every time the phone rang. My transplant came from a deceased donor, and I write to their family each year."),
        new("Pierre", "Liver transplant", Recent, Gender.Man, AgeRange.From45To59, ["French", "English"], ["Cooking", "Travel"], ["hospital-stay", "diet"],
            "Liver transplant eight months ago after cirrhosis. I stopped drinking long before and I know the shame people feel. No judgement here."),
        new("Nadia", "Kidney transplant", Long, Gender.Woman, AgeRange.From60To74, ["Russian", "English"], ["Reading", "Family"], ["medication", "family"],
            "Twelve years with my transplanted kidney. I have seen grandchildren born I never expected to meet. Keep going with the check-ups."),
        new("Alex", "Hip replacement", Recent, Gender.NonBinary, AgeRange.From30To44, ["English", "German"], ["Arts", "Gaming"], ["surgery-prep", "mood"],
            "Hip replacement at 35 because of dysplasia. Being young in an orthopaedic ward was strange. I can talk about the worries nobody asks about."),
        new("Ruth", "Mastectomy", Middle, Gender.Woman, AgeRange.From75, ["English"], ["Faith", "Reading"], ["caring", "family"],
            "Mastectomy at 76. My daughter cared for me and we grew closer. I'm glad to talk with patients or with the people caring for them."),
        new("Hugo", "Lung transplant", Long, Gender.Man, AgeRange.From45To59, ["Spanish", "English"], ["Outdoors", "Sport"], ["waiting", "hospital-stay"],
            "Pulmonary fibrosis, oxygen day and night, then a single lung transplant four years ago. I hiked a mountain last summer."),
        new("Leila", "Heart transplant", Middle, Gender.Woman, AgeRange.From18To29, ["English", "Arabic"], ["Music", "Travel"], ["mood", "work"],
            "Heart transplant at 22 after heart failure from a virus. Finishing university afterwards felt impossible, and then I did it."),
        new("Viktor", "Colostomy", Long, Gender.Man, AgeRange.From60To74, ["Russian", "German"], ["Outdoors", "Pets"], ["diet", "caring"],
            "A colostomy bag for six years now. My wife and I learned together how to manage it. Practical tips are my speciality."),

        // Caregiver mentors: they supported someone through the procedure, so caregivers meet them first.
        new("Carmen", "Kidney transplant", Middle, Gender.Woman, AgeRange.From45To59, ["Spanish", "English"], ["Family", "Cooking"], ["caring", "waiting", "family"],
            "I looked after my husband through four years of dialysis and then his kidney transplant. I learned to sleep in hospital chairs and, slowly, to ask for help for myself too.",
            Kind: RoleKind.Caregiver),
        new("Paul", "Mastectomy", Long, Gender.Man, AgeRange.From30To44, ["English"], ["Sport", "Cooking"], ["caring", "family", "mood"],
            "My wife had a mastectomy while our kids were small. I didn't know what to say or how to help, and I kept my own fear to myself. I'd like to spare someone that loneliness.",
            Kind: RoleKind.Caregiver),
        new("Olu", "Heart transplant", Middle, Gender.Man, AgeRange.From45To59, ["English", "Yoruba"], ["Faith", "Music"], ["caring", "hospital-stay", "mood"],
            "Our son had a heart transplant at fifteen. Months on the ward, learning his medicines by heart, then his first day back at school. I can talk about being a parent through all of it.",
            Kind: RoleKind.Caregiver),
    ];

    public static string DisplayName(DemoMentor mentor) => $"{mentor.Name} (demo)";
}
