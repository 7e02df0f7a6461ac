namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// The last few thousand ids handed to the handler, so a RESUME replaying events we already took does not hand them
/// over twice. Bounded: the pipeline dedupes durably; this only covers the replay window. Not thread-safe: only the
/// dispatcher's single reader uses it.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool Add(string id)
    {
        if (!_ids.Add(id))
        {
            return false;
        }

        _order.Enqueue(id);
        if (_order.Count > capacity)
        {
            _ids.Remove(_order.Dequeue());
        }

        return true;
    }
}
