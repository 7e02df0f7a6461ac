using System.Text;

namespace HealLink.FakeDiscord.Rest;

/// <summary>One request the fake answered: <see cref="Route"/> is the template (<c>POST /channels/{channel}/messages</c>).</summary>
public sealed record FakeRestRequest(string Method, string Route, string Path, int Status, DateTimeOffset At)
{
    public string? UserAgent { get; init; }
}

/// <summary>Every request the fake answered, in the order answered.</summary>
internal sealed class FakeRestLog
{
    private readonly Lock _gate = new();
    private readonly List<FakeRestRequest> _requests = [];

    public void Record(FakeRestRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<FakeRestRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    /// <summary>The last requests, one a line, for a failure message.</summary>
    public string Describe(int most = 40)
    {
        var text = new StringBuilder("Requests the fake answered:");
        foreach (var request in Snapshot().TakeLast(most))
        {
            text.Append('\n').Append(request.At.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(request.Route).Append(" -> ").Append(request.Status);
        }

        return text.ToString();
    }
}
