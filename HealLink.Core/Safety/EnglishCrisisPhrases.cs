namespace HealLink.Core.Safety;

/// <summary>
/// English crisis phrases, tuned on the dev part of tests/HealLink.Core.Tests/Safety/Data (never on its test part).
/// Phrases are folded as messages are (lower case, no apostrophes: "dont", "im"); "*" ends a prefix or stands
/// for one word. When in doubt a phrase stays in: a kind reply to someone who was not in crisis costs little.
/// </summary>
internal static class EnglishCrisisPhrases
{
    public static CrisisPhraseList List { get; } = new("en", Phrases, BenignPhrases);

    private static string[] Phrases =>
    [
        // Saying it outright.
        "kill myself", "kill my self", "killing myself", "kms", "suicid*", "commit suicide", "end my life",
        "ending my life", "want my life to be over", "life to be over", "end my own life", "take my own life",
        "taking my own life", "want to die", "wanna die", "wnat to die", "want to dieee", "wanting to die",
        "wants to die", "wanted to die", "ready to die", "wish i was dead", "wish i were dead", "wish i had died",
        "wish i died", "better off dead", "rather be dead", "rather die", "rather not be alive",
        // Not wanting to be alive.
        "dont want to live", "do not want to live", "dont wanna live", "doesnt want to live", "not want to live",
        "dont want to be alive", "dont want to exist", "stop existing", "to not exist", "just not exist",
        "wasnt alive", "werent alive", "dont want to be here anymore", "dont want to wake up", "hope i dont wake up",
        "hoping i dont wake up", "hope i * dont wake up", "wish i wouldnt wake up", "wish i didnt wake up",
        "wish i never woke up", "wish i had never woken up", "wouldnt mind if i didnt wake up",
        "if i didnt wake up tomorrow", "wouldnt mind not waking up", "wouldnt mind dying",
        "sleep and never wake up", "tired of living", "tired of being alive", "sick of living", "done with life",
        "done living", "no reason to live", "no reason to keep going", "nothing to live for",
        "nothing left to live for", "point in living", "point of living", "point in going on", "point of going on",
        "not worth living", "isnt worth living", "cant go on anymore", "cant go on like this", "cannot go on",
        "not going to keep living", "dont want to keep living", "tired of existing", "dont even want to be here",
        "just waiting to die", "want to be gone", "cant do this anymore", "cant take it anymore",
        "cant take this anymore", "whats the point anymore", "no point anymore", "dont want to do life",
        "life i dont want", "life i dont even want", "looking forward to dying", "stopped existing",
        // Wanting it all to end, or being gone.
        "end it all", "ending it all", "end it tonight", "end things", "end everything", "want it all to end",
        "want it all to stop", "stop forever", "disappear forever", "better off without me", "if i was gone",
        "if i were gone", "if i wasnt here", "if i wasnt around", "no way out", "want out of everything",
        "want out of life", "would just take me", "take me already", "death would be a relief",
        // Being a burden, and the people around better for the writer being gone ("burden" alone is not enough).
        "better without me", "happier without me", "easier without me", "lighter without me", "without me in it",
        "relieved if i died", "relieved if i was gone", "relieved when im gone", "if i just disappeared",
        // Plans and means.
        "saving up my * pills", "saving my pills", "stockpiling", "how many pills", "jump off", "jumping off",
        "drive into a wall", "driving into a wall", "goodbye letters", "giving away my stuff",
        "giving away my things", "pills saved", "oxy saved", "saved up my pills", "saved my pills",
        "took an overdose", "take an overdose", "overdose on purpose", "where id do it", "bought a rope",
        "got a rope", "going to end it", "edge of the platform", "goodbye messages", "goodbye notes", "goodbye note",
        "survived an attempt", "tried to end it",
        // Goodbyes said as if for good.
        "wont hear from me again", "wont be hearing from me",
        // Hurting oneself, or someone they speak for doing so.
        "hurt myself", "hurting myself", "harm myself", "harming myself", "self harm*", "selfharm*", "cut myself",
        "cutting myself", "cutting again", "been cutting", "cutting herself", "cutting himself", "burned myself",
        "burn myself", "burnt myself", "burnt my arm", "burned my arm", "till * bleed", "until * bleed",
        "till * * bleed", "until * * bleed", "punch walls", "punching walls", "relapsed and cut", "scratching my wrists", "scratch my wrists",
        "cutting my thighs", "cutting my arms", "cutting my legs", "cut my thighs", "cut my wrists", "kill me actually", "kill me i mean it", "kill himself",
        "kill herself", "killing himself", "killing herself",
    ];

    // Each guard is a way people say something else with a crisis phrase's words.
    private static string[] BenignPhrases =>
    [
        // Fear of dying in surgery is common and is not a wish to die.
        "dont want to die", "do not want to die", "dont wanna die", "not ready to die", "not going to die",
        "scared to die", "afraid to die", "if i never wake up",
        // Idioms, so the semantic path hears what is left ("this pain is killing me": "this pain is").
        "killing me", "killed me", "dying to", "is to die for", "was to die for", "dying of", "died laughing",
        "scared me to death", "scared to death", "bored to death", "dead tired", "the death of me",
        // Fear of not waking from the operation, and goodbyes for a while.
        "what if i didnt wake up", "wont hear from me for", "wont be hearing from me for",
        // Someone else's death, told as news or grief.
        "died by suicide", "committed suicide", "lost * to suicide",
        // Work, medicine and questions around the word "suicide".
        "suicide prevention", "suicide hotline", "suicide helpline", "suicide risk", "cause suicidal",
        "ever had suicidal", "ever been suicidal", "never had suicidal", "never been suicidal",
        "asked about self harm", "ask about self harm", "asked me about self harm", "questions about self harm",
        "depression and self harm", "screened for self harm", "screening for self harm",
        // A burn from the oven or the kettle, not from the writer.
        "burnt my arm on the", "burned my arm on the",
        // Planning where to die, in palliative care, is not a crisis.
        "want to die at home",
    ];
}
