using HealLink.Core.Matching.Procedures;

namespace HealLink.Core.Tests.Matching.Procedures;

public sealed class ProcedureRecogniserTests
{
    [Theory]
    [InlineData("Kidney Transplant", "kidney-transplant")]
    [InlineData("I had a kidney transplant!", "kidney-transplant")]
    [InlineData("my new kidney", "kidney-transplant")]
    [InlineData("kidney transplantation", "kidney-transplant")]
    [InlineData("kidny transplnat", "kidney-transplant")]
    [InlineData("Mastectomey", "mastectomy")]
    [InlineData("prostrate removal", "prostatectomy")]
    [InlineData("CABG", "heart-bypass")]
    [InlineData("a cabbage (triple bypass)", "heart-bypass")]
    [InlineData("TKR", "knee-replacement")]
    [InlineData("partial mastectomy", "lumpectomy")]
    [InlineData("new aortic valve through the groin (TAVI)", "tavi")]
    public void Recognise_EnglishWordingsAbbreviationsAndMisspellings_AreTheirEntry(string wording, string id)
    {
        Assert.Equal(id, ProcedureRecogniser.Recognise(wording)?.Entry.Id);
    }

    [Theory]
    [InlineData("trasplante de riñón", "kidney-transplant")]
    [InlineData("Trasplante de rinon", "kidney-transplant")]
    [InlineData("Mastectomía", "mastectomy")]
    [InlineData("mastectomia doble", "mastectomy")]
    [InlineData("bypass gástrico", "gastric-bypass")]
    [InlineData("bypass coronario", "heart-bypass")]
    [InlineData("manga gástrica", "gastric-sleeve")]
    [InlineData("reemplazo de cadera", "hip-replacement")]
    [InlineData("doné un riñón a mi hermana", "kidney-donation")]
    [InlineData("histerectomía", "hysterectomy")]
    public void Recognise_SpanishWordings_AreTheirEntry(string wording, string id)
    {
        Assert.Equal(id, ProcedureRecogniser.Recognise(wording)?.Entry.Id);
    }

    [Theory]
    [InlineData("living donor kidney transplant from my brother", "kidney-transplant")]
    [InlineData("kidney transplant from a living donor (my husband gave me his kidney)", "kidney-transplant")]
    [InlineData("kidney transplant - my sister is donating", "kidney-transplant")]
    [InlineData("I donated a kidney to my sister", "kidney-donation")]
    [InlineData("living kidney donor", "kidney-donation")]
    [InlineData("gave part of my liver to my dad", "liver-donation")]
    [InlineData("new liver from a living donor", "liver-transplant")]
    [InlineData("my sister is donating her kidney to me", "kidney-transplant")]
    [InlineData("my brother gave me a kidney", "kidney-transplant")]
    [InlineData("mi hermano me donó un riñón", "kidney-transplant")]
    [InlineData("my son gave me part of his liver", "liver-transplant")]
    public void Recognise_LivingDonation_TellsTheGiverFromTheOneWhoReceived(string wording, string id)
    {
        Assert.Equal(id, ProcedureRecogniser.Recognise(wording)?.Entry.Id);
    }

    [Theory]
    [InlineData("gastric bypass", "gastric-bypass")]
    [InlineData("heart bypass", "heart-bypass")]
    [InlineData("bypass surgery", "heart-bypass")]
    [InlineData("gastric bypass surgery", "gastric-bypass")]
    [InlineData("Cirugía de bypass gástrico", "gastric-bypass")]
    public void Recognise_Bypass_IsTheHeartUnlessTheStomachIsNamed(string wording, string id)
    {
        Assert.Equal(id, ProcedureRecogniser.Recognise(wording)?.Entry.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not sure what it is called yet")]
    [InlineData("surgery")]
    [InlineData("kidney")]
    public void Recognise_NoCatalogueWording_IsUnrecognised(string? wording)
    {
        Assert.Null(ProcedureRecogniser.Recognise(wording));
    }

    [Theory]
    [InlineData("my wife is getting a liver transplant", true)]
    [InlineData("supporting my son through his stem cell transplant", true)]
    [InlineData("mi esposo está en diálisis y espera un trasplante de riñón", true)]
    [InlineData("liver transplant", false)]
    [InlineData("gave one of my kidneys to my brother", false)]
    [InlineData("kidney transplant, supported by my family throughout", false)]
    [InlineData("my sister is donating her kidney to me", false)]
    public void Recognise_SomeoneElsesProcedure_IsReadAsTheirCarer(string wording, bool asCarer)
    {
        Assert.Equal(asCarer, ProcedureRecogniser.Recognise(wording)?.AsCarer);
    }

    [Fact]
    public void Catalogue_EveryEntry_HasEnglishAndSpanishAndAFamily()
    {
        Assert.All(ProcedureCatalogue.Entries, entry =>
        {
            Assert.Equal(["en", "es"], entry.Names.Select(n => n.Language));
            Assert.False(string.IsNullOrWhiteSpace(entry.Family));
        });
        Assert.Equal(ProcedureCatalogue.Entries.Count, ProcedureCatalogue.Entries.Select(e => e.Id).Distinct().Count());
    }
}
