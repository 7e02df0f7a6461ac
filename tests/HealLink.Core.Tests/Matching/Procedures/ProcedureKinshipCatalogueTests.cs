using HealLink.Core.Matching;

namespace HealLink.Core.Tests.Matching.Procedures;

/// <summary>Kinship when the catalogue recognises both wordings.</summary>
public sealed class ProcedureKinshipCatalogueTests
{
    [Theory]
    [InlineData("kidney transplant", "living donor kidney transplant from my brother")]
    [InlineData("kidney transplant", "new kidney")]
    [InlineData("Kidney transplant", "Trasplante de riñón después de 4 años de hemodiálisis")]
    [InlineData("mastectomy", "Mastectomía doble con reconstrucción")]
    [InlineData("gastric bypass (RNY)", "Bypass gástrico (cirugía para bajar de peso)")]
    [InlineData("heart bypass", "Quadruple heart bypass / bypass coronario")]
    public void Compare_SameProcedureAddingDetailOrInSpanish_IsSame(string first, string second)
    {
        Assert.Equal(Kinship.Same, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Same, ProcedureKinship.Compare(second, first));
    }

    [Theory]
    [InlineData("gastric sleeve", "gastric bypass")]
    [InlineData("kidney transplant", "I donated a kidney to my sister")]
    [InlineData("liver transplant", "living liver donor")]
    [InlineData("aortic valve replacement", "TAVI")]
    [InlineData("pacemaker", "ICD")]
    [InlineData("colostomy", "ileostomy")]
    [InlineData("mastectomy", "lumpectomy")]
    public void Compare_OtherProcedureOfTheSameFamily_IsRelatedNotSame(string first, string second)
    {
        Assert.Equal(Kinship.Related, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Related, ProcedureKinship.Compare(second, first));
    }

    [Theory]
    [InlineData("heart bypass", "gastric bypass")]
    [InlineData("Triple bypass de corazón (heart bypass)", "Gastric bypass (Roux-en-Y) / bypass gástrico")]
    [InlineData("kidney transplant", "liver transplant")]
    [InlineData("heart transplant", "lung transplant")]
    [InlineData("kidney and pancreas transplant", "Whipple procedure")]
    public void Compare_DifferentProcedureSharingAWord_IsDifferent(string first, string second)
    {
        Assert.Equal(Kinship.Different, ProcedureKinship.Compare(first, second));
        Assert.Equal(Kinship.Different, ProcedureKinship.Compare(second, first));
    }

    [Fact]
    public void Compare_EveryDevSetMenteeWithEveryMentor_IsSameExactlyWhenTheSetImpliesOneProcedure()
    {
        foreach (var mentee in MatchDevSet.Mentees)
        {
            foreach (var mentor in MatchDevSet.Mentors)
            {
                var same = DevSetProcedures.Expected[mentee.Name] == DevSetProcedures.Expected[mentor.Name];
                Assert.True(
                    same == (ProcedureKinship.Compare(mentee.Procedure, mentor.Procedure) == Kinship.Same),
                    $"{mentee.Name} ({mentee.Procedure}) and {mentor.Name} ({mentor.Procedure})");
            }
        }
    }
}
