namespace HealLink.Core.Matching.Procedures.Catalogue;

/// <summary>Joint replacements, spine surgery and amputations.</summary>
internal static class BoneAndJointProcedures
{
    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        new("hip-replacement", ProcedureFamilies.JointReplacement,
        [
            new("en", "a hip replacement", "had a hip replacement",
                ["new hip", "total hip replacement", "thr", "hip arthroplasty", "hip resurfacing",
                 "partial hip replacement"],
                Misspellings: ["hip replacment"]),
            new("es", "un reemplazo de cadera", "tuvo un reemplazo de cadera",
                ["prótesis de cadera", "cadera nueva", "artroplastia de cadera"]),
        ]),
        new("knee-replacement", ProcedureFamilies.JointReplacement,
        [
            new("en", "a knee replacement", "had a knee replacement",
                ["new knee", "total knee replacement", "tkr", "knee arthroplasty", "partial knee replacement"],
                Misspellings: ["knee replacment"]),
            new("es", "un reemplazo de rodilla", "tuvo un reemplazo de rodilla",
                ["prótesis de rodilla", "rodilla nueva", "artroplastia de rodilla"]),
        ]),
        new("shoulder-replacement", ProcedureFamilies.JointReplacement,
        [
            new("en", "a shoulder replacement", "had a shoulder replacement", ["new shoulder",
             "shoulder arthroplasty"]),
            new("es", "un reemplazo de hombro", "tuvo un reemplazo de hombro", ["prótesis de hombro"]),
        ]),
        new("spinal-fusion", ProcedureFamilies.Spine,
        [
            new("en", "a spinal fusion", "had a spinal fusion",
                ["spine fusion", "lumbar fusion", "cervical fusion", "back fusion"],
                Misspellings: ["spinal fussion"]),
            new("es", "una fusión espinal", "tuvo una fusión espinal",
                ["artrodesis", "artrodesis lumbar", "fusión lumbar", "fusión de columna"]),
        ]),
        new("spinal-decompression", ProcedureFamilies.Spine,
        [
            new("en", "a spinal decompression (discectomy or laminectomy)", "had spinal decompression surgery",
                ["discectomy", "microdiscectomy", "laminectomy", "slipped disc surgery", "disc surgery"]),
            new("es", "una descompresión espinal", "tuvo una descompresión espinal",
                ["discectomía", "microdiscectomía", "laminectomía"]),
        ]),
        new("below-knee-amputation", ProcedureFamilies.Amputation,
        [
            new("en", "a below-knee amputation", "had a leg amputated below the knee",
                ["below the knee amputation", "bka", "transtibial amputation", "lower leg amputation"]),
            new("es", "una amputación por debajo de la rodilla", "tuvo una amputación por debajo de la rodilla",
                ["amputación transtibial", "amputación bajo la rodilla"]),
        ]),
        new("above-knee-amputation", ProcedureFamilies.Amputation,
        [
            new("en", "an above-knee amputation", "had a leg amputated above the knee",
                ["above the knee amputation", "transfemoral amputation"]),
            new("es", "una amputación por encima de la rodilla", "tuvo una amputación por encima de la rodilla",
                ["amputación transfemoral", "amputación sobre la rodilla"]),
        ]),
    ];
}
