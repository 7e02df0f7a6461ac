using System.Collections.Immutable;

namespace HealLink.Core.Safety;

/// <summary>Every language's curated statements, crisis and benign, as the semantic path compares them.</summary>
internal static class CrisisStatements
{
    public static ImmutableArray<CuratedStatement> Crisis { get; } =
    [
        .. EnglishCrisisStatements.Crisis.Select(text => new CuratedStatement(EnglishCrisisStatements.Language, text)),
        .. SpanishCrisisStatements.Crisis.Select(text => new CuratedStatement(SpanishCrisisStatements.Language, text)),
    ];

    public static ImmutableArray<CuratedStatement> Benign { get; } =
    [
        .. EnglishCrisisStatements.Benign.Select(text => new CuratedStatement(EnglishCrisisStatements.Language, text)),
        .. SpanishCrisisStatements.Benign.Select(text => new CuratedStatement(SpanishCrisisStatements.Language, text)),
    ];
}
