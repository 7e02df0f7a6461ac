using HealLink.Core.Onboarding;

namespace HealLink.Core.Tests.Onboarding;

public sealed class ProcedureDisplayTests
{
    [Theory]
    [InlineData("kidney transplant", "Kidney transplant")]
    [InlineData("  kidney    transplant. ", "Kidney transplant")]
    [InlineData("KIDNEY TRANSPLANT", "Kidney transplant")]
    [InlineData("CABG", "CABG")]
    [InlineData("ACL reconstruction", "ACL reconstruction")]
    [InlineData("hip\nreplacement", "Hip replacement")]
    public void Tidy_TypedProcedure_IsOneLineInSentenceCase(string typed, string expected)
    {
        Assert.Equal(expected, ProcedureDisplay.Tidy(typed));
    }
}
