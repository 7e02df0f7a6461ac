namespace HealLink.Core.Safety;

/// <summary>Why a message was taken as a crisis: which language's list fired and the phrase, as written there.</summary>
public sealed record CrisisMatch(string Language, string Phrase);
