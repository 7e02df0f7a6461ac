namespace HealLink.Core.Matching.Procedures.Catalogue;

/// <summary>Hearing, the throat and the brain.</summary>
internal static class HeadAndNerveProcedures
{
    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        new("cochlear-implant", ProcedureFamilies.Hearing,
        [
            new("en", "a cochlear implant", "had a cochlear implant", ["bionic ear"],
                Misspellings: ["cochlea implant"]),
            new("es", "un implante coclear", "tuvo un implante coclear", []),
        ]),
        new("laryngectomy", ProcedureFamilies.HeadAndNeck,
        [
            new("en", "a laryngectomy (voice box removal)", "had the voice box removed",
                ["total laryngectomy", "voice box removed", "larynx removed"],
                Misspellings: ["larangectomy"]),
            new("es", "una laringectomía", "tuvo una laringectomía", ["laringectomía total",
             "extirpación de la laringe"]),
        ]),
        new("thyroidectomy", ProcedureFamilies.HeadAndNeck,
        [
            new("en", "a thyroidectomy", "had the thyroid removed", ["thyroid removal", "thyroid removed",
             "thyroid surgery"]),
            new("es", "una tiroidectomía", "tuvo una tiroidectomía", ["cirugía de tiroides"]),
        ]),
        new("craniotomy", ProcedureFamilies.Brain,
        [
            new("en", "brain surgery (a craniotomy)", "had brain surgery",
                ["craniotomy", "brain tumour surgery", "brain tumor surgery", "brain tumour removal",
                 "meningioma removal", "meningioma surgery", "awake craniotomy"],
                Misspellings: ["cranitomy"]),
            new("es", "una craneotomía", "tuvo una craneotomía",
                ["cirugía cerebral", "cirugía de tumor cerebral", "operación de tumor cerebral"]),
        ]),
    ];
}
