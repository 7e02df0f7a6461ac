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
        "I want to disappear forever and never come back.", "I'm tired of existing.",
        "I wouldn't mind if I didn't wake up tomorrow.", "I'm just waiting to die and I'd rather speed it up.",
        "I don't see any future for me, I want to stop everything.", "I'm done with everything, I can't do this anymore.", "Kill me, I'm not joking, I mean it.",
        "I've wanted to die for a long time and nobody knows.", "I'm giving up, I can't keep fighting anymore.",
        "Soon I won't be a problem for anyone.", "I just want to join my wife who passed away.",
        "Everything would be simpler if I wasn't alive.", "The only way out I see is death.",
        // Being a burden, better gone.
        "I am a burden and they would be happier if I were gone.", "It would be easier for everyone if I was dead.",
        "Nobody would miss me if I died.", "The world would be better without me.",
        "Everyone would be relieved if I died.", "My family deserves better than me, they'd be fine without me.",
        "I cost my family too much, they would be better off if I was dead.",
        // Plans, means and preparation; stopping treatment so that it ends.
        "Tonight I'm going to end it.", "I've been looking up how to end it.",
        "I have been collecting pills to overdose.", "I'm going to take all my pills at once.",
        "I'm thinking about overdosing.", "I am thinking of jumping off a bridge.",
        "I am going to stop taking my medication so I can die.", "I'm going to refuse treatment and let myself die.",
        "I'm going to skip dialysis until it's over.", "I'll stop my anti-rejection drugs and let it happen.",
        "I'm going to stop treatment without telling anyone.", "I wrote goodbye letters to my family.",
        "I've said my goodbyes to everyone.", "I am giving away my things because I won't need them.",
        "I won't be around much longer, I have decided.", "My will is sorted and I've made my peace, I'm ready to go.", "I looked up how many pills it would take to die.",
        "I've thought about where and how I would do it.", "I have pills hidden away for when I'm ready.",
        "I bought a rope to hang myself.", "Thank you for everything, you won't hear from me again.",
        "This is my last message, goodbye everyone.", "I've put my affairs in order and I'm ready to go.",
        // Hurting oneself.
        "I keep hurting myself on purpose.", "I have been cutting myself.", "I have thoughts of hurting myself.",
        "I burn my skin on purpose.", "I hit myself until I bleed.", "I once took an overdose on purpose.",
        // Someone they care for, at risk now.
        "My son says he wants to kill himself.", "My wife talks about ending her life.",
        "My husband told me he has thoughts of suicide.", "My daughter is hurting herself.",
        "My father is giving his things away and saying goodbye to everyone.",
        "My friend told me she is going to end it tonight.", "My brother says he would be better off dead.",
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
        "I'm scared the new organ will fail and I'll die anyway.", "I'm terrified of dying during the operation.",
        "I have so much to live for, I want to get through this surgery.",
        // Idioms and gallows humour.
        "This pain is killing me.", "My back is killing me after surgery.", "I'm dying to go home.",
        "I'm dying of boredom here.", "I would kill for a coffee.", "I'd rather die than eat hospital food again lol.",
        "If the operation doesn't kill me, the waiting will.", "That nurse scared me to death.",
        "I'm so tired of being tired.",
        // Tired, sad or fed up with something named.
        "I'm so tired of dialysis and hospitals.", "I'm so done with these needles.", "I'm fed up with all the waiting.",
        "I feel hopeless and exhausted today.", "I feel sad and lonely in the hospital.", "I feel like a burden to my family.",
        "I want this recovery to be over.", "I want this week to be over.", "I want the pain to stop.",
        "I want all the waiting and the tests to be over.", "I hate being a burden on my family since the operation.",
        // Someone else's death, the words in a medical sense, and planning where to die.
        "My grandfather died after his surgery.", "My friend died by suicide years ago.",
        "The medication may cause suicidal thoughts.", "I volunteer for suicide prevention.",
        "When the time comes I want to die at home.", "My doctor asked me about self-harm and I said never.",
        "This is my last message before my transplant, wish me luck!", "I'm stopping my antidepressants with my doctor's help.",
    ];
}
