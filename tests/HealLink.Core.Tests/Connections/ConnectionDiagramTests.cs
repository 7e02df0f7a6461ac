using System.Text.RegularExpressions;
using HealLink.Core.Connections;

namespace HealLink.Core.Tests.Connections;

/// <summary>The committed diagram (HealLink.Core/Connections/README.md) must draw exactly the transition table.</summary>
public sealed partial class ConnectionDiagramTests
{
    [Fact]
    public void Diagram_Edges_AreExactlyTheTransitionTable()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "HealLink.Core", "Connections", "README.md"));
        var drawn = Edge().Matches(readme)
            .Where(m => m.Groups["from"].Value != "[*]")
            .Select(m => $"{m.Groups["from"].Value} -{m.Groups["on"].Value}-> {m.Groups["to"].Value}");

        var table = ConnectionLifecycle.Transitions.Select(t => $"{t.From} -{t.On}-> {t.To}");

        Assert.Equal(table.Order(), drawn.Order());
    }

    [Theory]
    [InlineData(ConnectionState.Active, ConnectionEvent.Accept)]
    [InlineData(ConnectionState.Ended, ConnectionEvent.End)]
    [InlineData(ConnectionState.Declined, ConnectionEvent.Accept)]
    [InlineData(ConnectionState.Withdrawn, ConnectionEvent.Accept)]
    [InlineData(ConnectionState.Expired, ConnectionEvent.Accept)]
    public void TryApply_EventNotInTheTable_ChangesNothing(ConnectionState state, ConnectionEvent happened)
    {
        var connection = new Connection { State = state };

        Assert.False(ConnectionLifecycle.TryApply(connection, happened, DateTimeOffset.UnixEpoch));
        Assert.Equal(state, connection.State);
    }

    [Fact]
    public void TryApply_Accept_RecordsWhenTheMentorAnswered()
    {
        var connection = new Connection { State = ConnectionState.Requested };
        var now = DateTimeOffset.UnixEpoch.AddDays(3);

        Assert.True(ConnectionLifecycle.TryApply(connection, ConnectionEvent.Accept, now));
        Assert.Equal((ConnectionState.Active, now, (DateTimeOffset?)null), (connection.State, connection.AnsweredAt!.Value, connection.EndedAt));
    }

    [GeneratedRegex(@"^\s*(?<from>\[\*\]|\w+) --> (?<to>\w+): (?<on>\w+)", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
