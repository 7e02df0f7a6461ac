using System.Security.Cryptography;
using HealLink.Core.Service.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Tests.Service.Logging;

public sealed class PersonPseudonymsTests
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Of_SamePersonAndKey_IsTheSameInEveryProcess_AndIsTheKeyedHashNotTheId()
    {
        var sut = Create(Key);

        var pseudonym = sut.Of(1001);

        Assert.Equal(pseudonym, Create(Key).Of(1001));
        Assert.Matches("^p:[0-9a-f]{8}$", pseudonym);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(Key), new byte[] { 0, 0, 0, 0, 0, 0, 3, 0xE9 })[..4]);
        Assert.Equal($"p:{expected}", pseudonym);
        Assert.DoesNotContain("1001", pseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_TwoPeople_AreToldApart()
    {
        var sut = Create(Key);

        Assert.NotEqual(sut.Of(1), sut.Of(2));
    }

    [Fact]
    public void Of_WithoutAKey_CorrelatesWithinTheRunOnly()
    {
        var sut = Create(key: null);

        Assert.Equal(sut.Of(7), sut.Of(7));
        Assert.NotEqual(sut.Of(7), Create(key: null).Of(7));
    }

    private static PersonPseudonyms Create(string? key) => new(Options.Create(new LoggingOptions { PseudonymKey = key }));
}
