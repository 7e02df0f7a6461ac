namespace HealLink.Core.Connections;

/// <summary>
/// One of a person's open connections, as the conversation needs it to route what they type and to answer
/// /mentor, /mentees and /switch: no one's words, only who the other person is to them.
/// </summary>
/// <param name="Id">The connection.</param>
/// <param name="State">Requested or Active.</param>
/// <param name="IsMentor">Whether the person the summary is for is the mentor in it.</param>
/// <param name="OtherName">The other person's first name (or nickname).</param>
public sealed record ConnectionSummary(long Id, ConnectionState State, bool IsMentor, string OtherName)
{
    public bool IsActive => State == ConnectionState.Active;
}
