namespace HealLink.Core.Coordination;

/// <summary>One page of a coordinator's list, and where it sits in the whole.</summary>
/// <param name="Number">From 1.</param>
/// <param name="Total">How many there are on every page together.</param>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Number, int Total)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => (long)Number * Paging.Size < Total;

    public int Pages => Math.Max(1, (Total + Paging.Size - 1) / Paging.Size);
}

/// <summary>How long coordinators' lists are: a screenful that still loads quickly on a phone.</summary>
public static class Paging
{
    public const int Size = 50;

    /// <summary>A page number as given (from a query string, say), kept within 1 and a number no list reaches.</summary>
    public static int Clamp(int page) => Math.Clamp(page, 1, 1_000_000);

    public static int Skip(int page) => (Clamp(page) - 1) * Size;
}
