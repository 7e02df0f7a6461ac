using HealLink.Core.Service.Logging;

namespace HealLink.Core.Tests.Service.Logging;

public sealed class LoggingOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]
    public void Validate_NoKeyOrSixteenBytesOfBase64_Succeeds(string? key)
    {
        var sut = new LoggingOptionsValidator();

        Assert.True(sut.Validate(null, new LoggingOptions { PseudonymKey = key }).Succeeded);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAECAwQFBgc=")]
    [InlineData("")]
    public void Validate_KeyNotBase64OrShort_FailsNamingTheSetting(string key)
    {
        var sut = new LoggingOptionsValidator();

        var result = sut.Validate(null, new LoggingOptions { PseudonymKey = key });

        Assert.True(result.Failed);
        Assert.Contains("Logging:PseudonymKey", result.FailureMessage, StringComparison.Ordinal);
    }
}
