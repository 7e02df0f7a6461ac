namespace HealLink.Core.Matching.Procedures.Catalogue;

/// <summary>Breast surgery, prostate surgery and hysterectomy.</summary>
internal static class BreastAndPelvicProcedures
{
    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        // Reconstruction often follows a mastectomy in the same sentence; the mastectomy is what is shared.
        new("mastectomy", ProcedureFamilies.Breast,
        [
            new("en", "a mastectomy", "had a mastectomy",
                ["double mastectomy", "single mastectomy", "bilateral mastectomy", "preventive mastectomy",
                 "prophylactic mastectomy", "mastectomy with reconstruction", "breast removal", "breast removed"],
                Misspellings: ["masectomy", "mastectomey", "mastectomie"]),
            new("es", "una mastectomía", "tuvo una mastectomía",
                ["mastectomía doble", "doble mastectomía", "extirpación de la mama", "extirpación del pecho"]),
        ]),
        new("lumpectomy", ProcedureFamilies.Breast,
        [
            new("en", "a lumpectomy", "had a lumpectomy",
                ["wide local excision", "breast conserving surgery", "partial mastectomy"],
                Misspellings: ["lumpectomey"]),
            new("es", "una tumorectomía", "tuvo una tumorectomía",
                ["lumpectomía", "cirugía conservadora de mama", "mastectomía parcial"]),
        ]),
        new("breast-reconstruction", ProcedureFamilies.Breast,
        [
            new("en", "a breast reconstruction", "had a breast reconstruction", []),
            new("es", "una reconstrucción mamaria", "tuvo una reconstrucción mamaria", ["reconstrucción de mama"]),
        ]),
        new("prostatectomy", ProcedureFamilies.Prostate,
        [
            new("en", "a prostatectomy (prostate removal)", "had the prostate removed",
                ["prostatectomy", "radical prostatectomy", "robotic prostatectomy", "prostate removal",
                 "prostate removed", "prostate surgery", "prostate cancer surgery"],
                Misspellings: ["prostrate removal", "prostrate surgery", "prostratectomy"]),
            new("es", "una prostatectomía", "tuvo una prostatectomía",
                ["prostatectomía radical", "extirpación de la próstata", "cirugía de próstata"]),
        ]),
        new("hysterectomy", ProcedureFamilies.Gynaecological,
        [
            new("en", "a hysterectomy", "had a hysterectomy",
                ["total hysterectomy", "keyhole hysterectomy", "laparoscopic hysterectomy", "womb removal",
                 "womb removed"],
                Misspellings: ["histerectomy", "hysterectomey"]),
            new("es", "una histerectomía", "tuvo una histerectomía", ["extirpación del útero",
             "extirpación de la matriz"]),
        ]),
    ];
}
