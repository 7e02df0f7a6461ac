namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>What a generated update is built from.</summary>
internal enum FuzzCategory
{
    Message,
    EditedMessage,
    CallbackQuery,
    MyChatMember,

    /// <summary>A kind HealLink does not ask for (channel posts, reactions, a kind invented tomorrow).</summary>
    UnknownKind,

    /// <summary>Any JSON value at all, where an update should be.</summary>
    RandomValue,
}

/// <summary>What was done to a valid-looking update to make it strange.</summary>
[Flags]
internal enum FuzzMutations
{
    None = 0,
    DroppedField = 1,
    MistypedField = 2,
    OversizedText = 4,
    DeepNesting = 8,

    /// <summary>update_id missing, mistyped or beyond long (a plain id is no mutation).</summary>
    OddUpdateId = 16,

    /// <summary>Two kinds in one update, as no update should have.</summary>
    ExtraKind = 32,
}

/// <summary>One generated update: its JSON text and what it was built from, to name it in a failure.</summary>
internal sealed record FuzzedUpdate(int Index, FuzzCategory Category, FuzzMutations Mutations, string Json, bool HasLoneSurrogate)
{
    public bool IsObject => Json.StartsWith('{');

    /// <summary>For a failure message: what it is and the start of its text.</summary>
    public override string ToString() =>
        $"#{Index} {Category} ({Mutations}), {Json.Length} chars: {(Json.Length > 300 ? Json[..300] + "…" : Json)}";
}
