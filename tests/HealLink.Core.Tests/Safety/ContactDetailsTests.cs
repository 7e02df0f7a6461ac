using HealLink.Core.Safety;

namespace HealLink.Core.Tests.Safety;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("maria@example.com")]
    [InlineData("find me @maria_k")]
    [InlineData("@maria")]
    [InlineData("https://example.org/me")]
    [InlineData("www.maria.me")]
    [InlineData("maria.com")]
    [InlineData("t.me/maria")]
    [InlineData("call 07700 900123")]
    [InlineData("+44 (0)20 7946 0958")]
    [InlineData("555-123-4567")]
    public void AreIn_ContactDetail_IsFound(string text)
    {
        Assert.True(ContactDetails.AreIn(text));
    }

    [Theory]
    [InlineData("Maria")]
    [InlineData("Anne-Marie")]
    [InlineData("St. Mary's Hospital")]
    [InlineData("Transplant on 12.05.2023, home after 10 days")]
    [InlineData("2019-05-12")]
    [InlineData("1–3 years ago, about 3 times a week")]
    [InlineData("Dialysis for 5 years e.g. Mon, Wed, Fri")]
    public void AreIn_OrdinaryText_IsNotFlagged(string text)
    {
        Assert.False(ContactDetails.AreIn(text));
    }
}
