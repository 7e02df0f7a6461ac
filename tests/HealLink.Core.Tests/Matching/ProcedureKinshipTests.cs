using HealLink.Core.Matching;

namespace HealLink.Core.Tests.Matching;

public sealed class ProcedureKinshipTests
{
    [Theory]
    [InlineData("kidney transplant", "Kidney Transplant")]
    [InlineData("kidney transplant", "kidney transplantation")]
    [InlineData("kidney transplant", "my kidney transplant (living donor)")]
    [InlineData("Mastectomy", "mastectomy surgery")]
    [InlineData("total hip replacement", "hip replacements")]
    [InlineData("Cirugía de bypass gástrico", "cirugia de bypass gastrico")]
    [InlineData("kidney transplant", "living donor kidney transplant from my brother")]
    [InlineData("kidney transplant", "new kidney")]
    [InlineData("Kidney transplant", "Trasplante de riñón después de 4 años de hemodiálisis")]
    [InlineData("mastectomy", "Mastectomía doble con reconstrucción")]
    [InlineData("gastric bypass (RNY)", "Bypass gástrico (cirugía para bajar de peso)")]
    [InlineData("heart bypass", "Quadruple heart bypass / bypass coronario")]
    public void Compare_SameProcedureInOtherWordsOrWithDetailOrInSpanish_IsSame(string first, string second)
    {
        Assert.Equal(Kinship.Same, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Same, ProcedureKinship.Compare(second, first));
    }

    [Theory]
    [InlineData("mastectomy", "lumpectomy")]
    [InlineData("hip replacement", "knee replacement")]
    [InlineData("kidney transplant", "nephrectomy")]
    [InlineData("kidney transplant", "kidney")]
    [InlineData("heart bypass", "valve replacement")]
    [InlineData("gastric sleeve", "gastric bypass")]
    [InlineData("kidney transplant", "I donated a kidney to my sister")]
    [InlineData("liver transplant", "living liver donor")]
    [InlineData("aortic valve replacement", "TAVI")]
    [InlineData("pacemaker", "ICD")]
    [InlineData("colostomy", "ileostomy")]
    public void Compare_OtherProcedureOfTheSameFamily_IsRelatedNotSame(string first, string second)
    {
        Assert.Equal(Kinship.Related, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Related, ProcedureKinship.Compare(second, first));
    }

    [Theory]
    [InlineData("kidney transplant", "hip replacement")]
    [InlineData("kidney transplant", "liver transplant")]
    [InlineData("heart bypass", "gastric bypass")]
    [InlineData("Triple bypass de corazón (heart bypass)", "Gastric bypass (Roux-en-Y) / bypass gástrico")]
    [InlineData("heart transplant", "lung transplant")]
    [InlineData("kidney and pancreas transplant", "Whipple procedure")]
    [InlineData("mastectomy", "colectomy")]
    [InlineData("kidney transplant", "")]
    [InlineData(null, "kidney transplant")]
    [InlineData("surgery", "operation")]
    public void Compare_UnrelatedSharingAWordOrEmpty_IsDifferent(string? first, string? second)
    {
        Assert.Equal(Kinship.Different, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Different, ProcedureKinship.Compare(second, first));
    }
}
