namespace HealLink.Admin.Tests.Browser;

/// <summary>Browser tests run one at a time: each starts real processes and a Chromium, heavy on two cores.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class BrowserTests
{
    public const string Collection = "browser";
}
