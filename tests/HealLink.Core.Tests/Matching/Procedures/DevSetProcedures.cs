namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>
/// The catalogue entry of every person in the dev set, by name. The set names no procedure key: this is the procedure
/// each person's wording, labels and notes imply (donors and recipients apart, "bypass surgery" a heart bypass as
/// Barry's intro and labels say).
/// </summary>
internal static class DevSetProcedures
{
    public static IReadOnlyDictionary<string, string> Expected { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Mentors.
        ["Daniel"] = "kidney-transplant", ["Priya"] = "kidney-transplant", ["Rosa"] = "kidney-transplant",
        ["Tom"] = "kidney-donation", ["Kevin"] = "kidney-pancreas-transplant", ["Grace"] = "liver-transplant",
        ["Marcus"] = "liver-transplant", ["Hannah"] = "liver-donation", ["Samuel"] = "heart-transplant",
        ["Chloe"] = "lung-transplant", ["Jamal"] = "stem-cell-transplant", ["Lauren"] = "mastectomy",
        ["Denise"] = "mastectomy", ["Lucía"] = "mastectomy", ["Aisha"] = "lumpectomy", ["Walter"] = "prostatectomy",
        ["Ray"] = "prostatectomy", ["Ben"] = "colostomy", ["Zoe"] = "ileostomy", ["Howard"] = "whipple",
        ["Margaret"] = "hip-replacement", ["Jess"] = "hip-replacement", ["Graham"] = "knee-replacement",
        ["Patricia"] = "knee-replacement", ["Nathan"] = "spinal-fusion", ["Emily"] = "spinal-fusion",
        ["Carlos"] = "gastric-bypass", ["Tasha"] = "gastric-sleeve", ["Frank"] = "heart-bypass",
        ["Miguel"] = "heart-bypass", ["Helen"] = "valve-replacement", ["Arthur"] = "tavi", ["Dev"] = "icd",
        ["Sandra"] = "hysterectomy", ["Terrence"] = "below-knee-amputation", ["Ruth"] = "cochlear-implant",
        ["George"] = "laryngectomy", ["Alex"] = "craniotomy", ["Elena"] = "kidney-transplant",
        ["Peter"] = "stem-cell-transplant", ["Mark"] = "mastectomy", ["Nadia"] = "valve-replacement",
        ["Robin"] = "liver-transplant",

        // Mentees.
        ["Owen"] = "kidney-transplant", ["Sunita"] = "kidney-transplant", ["Callum"] = "kidney-donation",
        ["Alejandro"] = "kidney-transplant", ["Debbie"] = "kidney-transplant", ["Gabriela"] = "kidney-transplant",
        ["Jordan"] = "kidney-pancreas-transplant", ["Lorraine"] = "whipple", ["Darren"] = "liver-transplant",
        ["Ethan"] = "liver-donation", ["Stuart"] = "liver-transplant", ["Leonard"] = "heart-transplant",
        ["Bernard"] = "lung-transplant", ["Ryan"] = "stem-cell-transplant", ["Carol"] = "stem-cell-transplant",
        ["Sophie"] = "mastectomy", ["Janet"] = "mastectomy", ["Carmen"] = "mastectomy", ["Gareth"] = "mastectomy",
        ["Farah"] = "lumpectomy", ["Keith"] = "prostatectomy", ["Amber"] = "ileostomy", ["Tony"] = "colostomy",
        ["Dorothy"] = "hip-replacement", ["Irene"] = "knee-replacement", ["Phil"] = "knee-replacement",
        ["Wayne"] = "spinal-fusion", ["Nicole"] = "gastric-bypass", ["Guadalupe"] = "gastric-bypass",
        ["Tyler"] = "gastric-sleeve", ["Barry"] = "heart-bypass", ["Rafael"] = "heart-bypass",
        ["Beverly"] = "valve-replacement", ["Michelle"] = "valve-replacement", ["Jake"] = "icd", ["Edna"] = "pacemaker",
        ["Yvonne"] = "hysterectomy", ["Lloyd"] = "below-knee-amputation", ["Harold"] = "cochlear-implant",
        ["Clive"] = "laryngectomy", ["Megan"] = "craniotomy",
    };
}
