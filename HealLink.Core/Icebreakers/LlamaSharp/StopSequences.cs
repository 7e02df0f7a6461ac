using System.Text;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>The text generated so far, cut where a stop sequence (from the chat options) first appears.</summary>
internal sealed class StopSequences(IReadOnlyList<string> stops)
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    /// <returns>True when a stop sequence has appeared; <see cref="Text"/> then ends just before it.</returns>
    public bool Append(string piece)
    {
        _text.Append(piece);
        if (stops.Count == 0)
        {
            return false;
        }

        var text = _text.ToString();
        foreach (var stop in stops)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (stop.Length > 0 && at >= 0)
            {
                _text.Length = at;
                return true;
            }
        }

        return false;
    }
}
