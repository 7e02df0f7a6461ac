namespace HealLink.Core.Matching.Procedures.Catalogue;

/// <summary>Heart surgery and the devices that keep a heart's rhythm (heart transplants sit with the organ's other
/// entries, in <see cref="Transplants"/>).</summary>
internal static class HeartProcedures
{
    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        // "Bypass" alone is a heart bypass in everyday English; a gastric bypass is nearly always called one, and its
        // two words outweigh this one.
        new("heart-bypass", ProcedureFamilies.HeartSurgery,
        [
            new("en", "a heart bypass (CABG)", "had a heart bypass",
                ["heart bypass", "coronary bypass", "coronary artery bypass", "coronary artery bypass graft", "cabg",
                 "cabbage", "bypass", "single bypass", "double bypass", "triple bypass", "quadruple bypass",
                 "quintuple bypass"],
                Misspellings: ["hart bypass"]),
            new("es", "un bypass coronario", "tuvo un bypass coronario",
                ["bypass de corazón", "bypass cardíaco", "baipás coronario", "puente coronario",
                 "revascularización coronaria", "triple bypass de corazón"]),
        ]),
        new("valve-replacement", ProcedureFamilies.HeartSurgery,
        [
            new("en", "a heart valve replacement", "had a heart valve replaced",
                ["valve replacement", "aortic valve replacement", "mitral valve replacement", "avr", "mvr",
                 "valve surgery", "heart valve surgery", "valve repair", "mitral valve repair"],
                Misspellings: ["valve replacment"]),
            new("es", "un reemplazo de válvula cardíaca", "tuvo un reemplazo de válvula cardíaca",
                ["reemplazo de válvula", "reemplazo valvular", "cambio de válvula", "sustitución valvular",
                 "recambio valvular", "reemplazo de válvula aórtica"]),
        ]),
        // Through an artery, without opening the chest: another recovery than an open valve replacement.
        new("tavi", ProcedureFamilies.HeartSurgery,
        [
            new("en", "a TAVI (a new valve through an artery)", "had a TAVI",
                ["tavi", "tavr", "transcatheter aortic valve implantation", "transcatheter aortic valve replacement",
                 "valve through the groin", "valve put in through the groin"]),
            new("es", "un TAVI (válvula por catéter)", "tuvo un TAVI",
                ["implante de válvula aórtica transcatéter", "válvula por catéter", "válvula por la ingle"]),
        ]),
        new("pacemaker", ProcedureFamilies.HeartRhythmDevice,
        [
            new("en", "a pacemaker", "had a pacemaker fitted", ["pace maker", "pacemaker implant", "pacemaker fitted"]),
            new("es", "un marcapasos", "lleva un marcapasos", ["marcapaso"]),
        ]),
        new("icd", ProcedureFamilies.HeartRhythmDevice,
        [
            new("en", "an ICD (implanted defibrillator)", "had an ICD fitted",
                ["icd", "implanted defibrillator", "implantable defibrillator",
                 "implantable cardioverter defibrillator",
                 "internal defibrillator", "defibrillator", "s icd"]),
            new("es", "un desfibrilador implantable", "lleva un desfibrilador implantable",
                ["desfibrilador", "dai"]),
        ]),
    ];
}
