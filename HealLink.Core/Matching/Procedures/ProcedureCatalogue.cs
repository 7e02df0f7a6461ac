using HealLink.Core.Matching.Procedures.Catalogue;

namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// The procedures peers meet most, each named in every language we speak. Kept as C# rather than a JSON resource:
/// the compiler checks every entry's shape and family, nothing is parsed or can fail to load at start-up, and a
/// reviewer reads a change as a diff of a table. A new language is one more <see cref="ProcedureNames"/> per entry.
/// </summary>
public static class ProcedureCatalogue
{
    public const string English = "en";
    public const string Spanish = "es";

    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        .. Transplants.Entries,
        .. HeartProcedures.Entries,
        .. DigestiveProcedures.Entries,
        .. BreastAndPelvicProcedures.Entries,
        .. BoneAndJointProcedures.Entries,
        .. HeadAndNerveProcedures.Entries,
    ];

    public static ProcedureEntry Get(string id) =>
        Entries.FirstOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"No procedure '{id}' in the catalogue");
}
