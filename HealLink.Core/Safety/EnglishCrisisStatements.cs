namespace HealLink.Core.Safety;

/// <summary>
/// English statements for the semantic crisis path: what people in crisis say, in plain words, and what people
/// facing surgery say with the same words without being in crisis. Written for this purpose; a few plain ones
/// ("I want to die") are also dev sentences of the labelled set in tests/HealLink.Core.Tests/Safety/Data, but none
/// is a held-out one (a test checks).
/// </summary>
internal static class EnglishCrisisStatements
{
    public const string Language = "en";

    public static string[] Crisis =>
    [
        // Saying it outright.
        "I want to kill myself.", "I am thinking about suicide.", "I want to die.", "I feel like I want to die.",
        "I don't want to live anymore.", "I wish I were dead.", "I keep thinking about ways to die.",
        "I tried to kill myself before.",
        // Not wanting to be alive, or wanting it all to end.
        "I don't see the point in being alive.", "There is no reason for me to keep living.",
        "Life is not worth living anymore.", "I can't go on living like this.", "I'm ready to give up on life.",
        "I'm done fighting, I want my life to end.", "Living is too painful, I want out.",
        "I can't do this anymore, I want it all to stop for good.", "I want everything to be over, including me.",
        "There's no way out for me except dying.", "Death would be a relief from all this.",
        "I hope I never wake up.", "I want to go to sleep and not wake up.", "I want to fall asleep forever.",
        "I don't care if I survive, I hope I don't.", "I just want to be gone.", "I'd rather not be here at all.",
        "I want to disappear forever and never come back.",
        // Being a burden, better gone.
        "I am a burden and they would be happier if I were gone.", "It would be easier for everyone if I was dead.",
        "Nobody would miss me if I died.",
        // Plans, means and preparation; stopping treatment so that it ends.
        "Tonight I'm going to end it.", "I've been looking up how to end it.",
        "I have been collecting pills to overdose.", "I'm going to take all my pills at once.",
        "I'm thinking about overdosing.", "I am thinking of jumping off a bridge.",
        "I am going to stop taking my medication so I can die.", "I'm going to refuse treatment and let myself die.",
        "I'm going to skip dialysis until it's over.", "I wrote goodbye letters to my family.",
        "I've said my goodbyes to everyone.", "I am giving away my things because I won't need them.",
        "I won't be around much longer, I have decided.",
        // Hurting oneself.
        "I keep hurting myself on purpose.", "I have been cutting myself.", "I have thoughts of hurting myself.",
        // Someone they care for, at risk now.
        "My son says he wants to kill himself.", "My wife talks about ending her life.",
        "My husband told me he has thoughts of suicide.", "My daughter is hurting herself.",
    ];

    // A message nearer one of these than to every crisis statement is not taken as a crisis: embeddings hear the
    // words ("die", "wake up", "killing") more than what is said about them.
    public static string[] Benign =>
    [
        // Fear of dying in surgery, and wanting to live.
        "I don't want to die.", "I don't want to die, I want to live for my family.", "I'm afraid I'm going to die.",
        "I'm scared I might die during the operation.", "I'm afraid I won't survive the surgery.",
        "I'm afraid of not waking up from the anesthesia.", "What if I don't wake up after the operation?",
        "I'm worried I will die before I get a transplant.", "I'm terrified of dying on the waiting list.",
        "I want to live, that's why I'm having the transplant.", "I want to get my normal life back.",
        // Idioms and gallows humour.
        "This pain is killing me.", "My back is killing me after surgery.", "I'm dying to go home.",
        "I'm dying of boredom here.", "I would kill for a coffee.", "I'd rather die than eat hospital food again lol.",
        "If the operation doesn't kill me, the waiting will.",
        // Tired, sad or fed up with something named.
        "I'm so tired of dialysis and hospitals.", "I'm so done with these needles.", "I'm fed up with all the waiting.",
        "I feel hopeless and exhausted today.", "I feel sad and lonely in the hospital.", "I feel like a burden to my family.",
        "I want this recovery to be over.", "I want this week to be over.", "I want the pain to stop.",
        // Someone else's death, the words in a medical sense, and planning where to die.
        "My grandfather died after his surgery.", "My friend died by suicide years ago.",
        "The medication may cause suicidal thoughts.", "I volunteer for suicide prevention.",
        "When the time comes I want to die at home.",
    ];
}
