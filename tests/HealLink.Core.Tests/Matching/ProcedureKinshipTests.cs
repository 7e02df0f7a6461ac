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
    public void Compare_SameProcedureInOtherWords_IsSame(string first, string second)
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
    public void Compare_SameFamily_IsRelated(string first, string second)
    {
        Assert.Equal(Kinship.Related, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Related, ProcedureKinship.Compare(second, first));
    }

    [Theory]
    [InlineData("kidney transplant", "hip replacement")]
    [InlineData("kidney transplant", "liver transplant")]
    [InlineData("mastectomy", "colectomy")]
    [InlineData("kidney transplant", "")]
    [InlineData(null, "kidney transplant")]
    [InlineData("surgery", "operation")]
    public void Compare_UnrelatedOrEmpty_IsDifferent(string? first, string? second)
    {
        Assert.Equal(Kinship.Different, ProcedureKinship.Compare(first, second));
    }
}
