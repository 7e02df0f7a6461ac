namespace HealLink.Core.Matching.Index;

/// <summary>
/// Which ids a scan may score. Structs behind a generic constraint, so that the JIT compiles one scan loop per
/// filter with the check inlined: the unfiltered scan pays nothing for filtering at all.
/// </summary>
internal interface IIdFilter
{
    bool Allows(long id);
}

internal readonly struct AllowAll : IIdFilter
{
    public bool Allows(long id) => true;
}

internal readonly struct PredicateFilter(Func<long, bool> predicate) : IIdFilter
{
    public bool Allows(long id) => predicate(id);
}

internal readonly struct SetFilter(IReadOnlySet<long> allowed) : IIdFilter
{
    public bool Allows(long id) => allowed.Contains(id);
}
