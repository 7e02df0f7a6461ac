namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// One procedure of the catalogue. Two people with the same entry had the same procedure; two entries of one
/// <see cref="Family"/> are related (a kidney's donor and its recipient, a gastric sleeve and a gastric bypass).
/// </summary>
/// <param name="Id">Stable and readable ("kidney-transplant"); never shown.</param>
/// <param name="Family">One of <see cref="ProcedureFamilies"/>.</param>
public sealed record ProcedureEntry(string Id, string Family, IReadOnlyList<ProcedureNames> Names)
{
    /// <summary>The names in <paramref name="language"/>, else in English, which every entry has.</summary>
    public ProcedureNames In(string language) =>
        Names.FirstOrDefault(n => n.Language == language) ?? Names.First(n => n.Language == ProcedureCatalogue.English);
}
