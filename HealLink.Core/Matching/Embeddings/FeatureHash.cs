namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// A stable 64-bit hash of features: FNV-1a over UTF-16 code units, then MurmurHash3's 64-bit finaliser.
/// string.GetHashCode is randomised per process, which would make stored vectors meaningless after a restart;
/// FNV-1a alone mixes its low bits poorly for short strings, and the finaliser spreads every input bit over all
/// output bits, so the low bits (the bucket) and the top bit (the sign) are independent enough.
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Starts a hash for one feature family, so "kidney" the word and "kidney" the character n-gram differ.</summary>
    public static ulong Start(FeatureFamily family) => Add(OffsetBasis, (char)family);

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    public static ulong Add(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53;
        return hash ^ (hash >> 33);
    }
}
