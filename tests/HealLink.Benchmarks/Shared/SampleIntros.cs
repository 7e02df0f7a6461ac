namespace HealLink.Benchmarks.Shared;

/// <summary>Realistic mentee intros, each long enough to fill all-MiniLM-L6-v2's 128-token window.</summary>
internal static class SampleIntros
{
    /// <summary>tokenizer.json's truncation length.</summary>
    public const int MaxTokens = 128;

    private static readonly string[] Sentences =
    [
        "Hi, I’m Sam, 34, and I was diagnosed with type 1 diabetes about eight months ago.",
        "The first weeks were a blur of finger-pricks, carb counting and night-time lows that scared my partner more than me.",
        "I work long shifts as a nurse (ironic, I know!) so fitting injections around breaks is still tricky.",
        "What I’d love is someone who has been through the early stage and can tell me it gets easier – or how it did for them.",
        "I’m happy to chat in English or Español, mostly in the evenings after 8pm.",
        "Outside of all this I run, cook badly, and read far too many crime novels; my café order is a flat white.",
        "If you’ve dealt with anxiety around hypos, I’d really like to hear what helped you.",
        "Thanks for reading — looking forward to talking!",
    ];

    // Six sentences make 130 to 150 tokens, so every intro fills the 128-token window; each starts at a different
    // sentence, so intros differ.
    public static string Intro(int index) =>
        string.Join(' ', Enumerable.Range(index, 6).Select(i => Sentences[i % Sentences.Length]));
}
