namespace HealLink.Core.Matching.Procedures.Catalogue;

/// <summary>Weight-loss surgery, bowel surgery and stomas, and the pancreas.</summary>
internal static class DigestiveProcedures
{
    public static IReadOnlyList<ProcedureEntry> Entries { get; } =
    [
        new("gastric-bypass", ProcedureFamilies.Bariatric,
        [
            new("en", "a gastric bypass", "had a gastric bypass",
                ["roux en y", "roux en y gastric bypass", "rny", "rygb", "mini gastric bypass", "weight loss bypass"],
                Misspellings: ["gastric by pass", "gastic bypass"]),
            new("es", "un bypass gástrico", "tuvo un bypass gástrico", ["baipás gástrico", "by pass gástrico"]),
        ]),
        new("gastric-sleeve", ProcedureFamilies.Bariatric,
        [
            new("en", "a gastric sleeve", "had a gastric sleeve",
                ["sleeve gastrectomy", "vertical sleeve gastrectomy", "vsg", "sleeve"],
                Misspellings: ["gastric sleave"]),
            new("es", "una manga gástrica", "tuvo una manga gástrica",
                ["gastrectomía en manga", "gastrectomía vertical", "manga"]),
        ]),
        new("gastric-band", ProcedureFamilies.Bariatric,
        [
            new("en", "a gastric band", "had a gastric band fitted", ["lap band", "lapband", "gastric banding"]),
            new("es", "una banda gástrica", "lleva una banda gástrica", []),
        ]),
        // A stoma is what people live with afterwards, so "colectomy with a colostomy" is a colostomy.
        new("colostomy", ProcedureFamilies.BowelAndOstomy,
        [
            new("en", "a colostomy", "had a colostomy",
                ["permanent colostomy", "colectomy with a colostomy", "colostomy bag", "hartmanns procedure"],
                Misspellings: ["colostemy"]),
            new("es", "una colostomía", "tuvo una colostomía", ["bolsa de colostomía"]),
        ]),
        new("ileostomy", ProcedureFamilies.BowelAndOstomy,
        [
            new("en", "an ileostomy", "had an ileostomy",
                ["colectomy and ileostomy", "colectomy with an ileostomy", "total colectomy and ileostomy",
                 "ileostomy bag"],
                Misspellings: ["illeostomy"]),
            new("es", "una ileostomía", "tuvo una ileostomía", ["bolsa de ileostomía"]),
        ]),
        new("urostomy", ProcedureFamilies.BowelAndOstomy,
        [
            new("en", "a urostomy", "had a urostomy", ["ileal conduit"]),
            new("es", "una urostomía", "tuvo una urostomía", []),
        ]),
        new("colectomy", ProcedureFamilies.BowelAndOstomy,
        [
            new("en", "a colectomy (bowel surgery)", "had part of the bowel removed",
                ["colectomy", "total colectomy", "hemicolectomy", "bowel resection", "bowel surgery", "colon surgery",
                 "anterior resection"]),
            new("es", "una colectomía", "tuvo una colectomía",
                ["hemicolectomía", "resección intestinal", "cirugía de colon"]),
        ]),
        // Cancer surgery on the pancreas: a pancreas transplant (with a kidney, in Transplants) is another world.
        new("whipple", ProcedureFamilies.Pancreas,
        [
            new("en", "a Whipple procedure", "had a Whipple procedure",
                ["whipple", "whipple surgery", "whipples", "pancreaticoduodenectomy"],
                Misspellings: ["wipple"]),
            new("es", "una operación de Whipple", "tuvo una operación de Whipple",
                ["cirugía de whipple", "duodenopancreatectomía", "pancreatoduodenectomía"]),
        ]),
        new("pancreatectomy", ProcedureFamilies.Pancreas,
        [
            new("en", "a pancreatectomy", "had part of the pancreas removed",
                ["distal pancreatectomy", "total pancreatectomy", "pancreas removed", "pancreas surgery"]),
            new("es", "una pancreatectomía", "tuvo una pancreatectomía", []),
        ]),
    ];
}
