using System.Globalization;
using System.Text;
using HealLink.Core.Connections;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.People;

namespace HealLink.Core.DataRights;

/// <summary>One request or connection as its person sees it: who the other person is to them, and where it stands.</summary>
public sealed record ExportedConnection(bool AsMentee, string? OtherName, ConnectionState State, DateTimeOffset Since);

/// <summary>A message the person wrote in a conversation (only their own words: the other person's are theirs).</summary>
public sealed record ExportedMessage(string? To, DateTimeOffset SentAt, string Text);

/// <summary>An answer past its question's limit, kept until they choose what to do with it.</summary>
public sealed record ExportedDraft(string Question, string Text);

/// <summary>How they rated a conversation that ended.</summary>
public sealed record ExportedRating(string? Of, int Score, string? Comment);

/// <summary>
/// Everything held about one person, as readable text: when they joined, where we reach them (the platform, never
/// its ids), every answer, their requests and connections, and their place on the waiting list.
/// </summary>
public static class PersonExport
{
    public static string Render(
        Person person,
        string profileSummary,
        IReadOnlyList<PlatformAccount> accounts,
        IReadOnlyList<ExportedConnection> connections,
        IReadOnlyList<ExportedMessage> messages,
        IReadOnlyList<ExportedRating> ratings,
        MatchWait? wait,
        ExportedDraft? draft)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(connections);
        var text = new StringBuilder()
            .Append("Joined: ").AppendLine(Day(person.CreatedAt))
            .Append("Agreed to our terms: ").AppendLine(person.Profile?.ConsentedAt is { } consented ? Day(consented) : "not yet")
            .Append("Where we talk with you: ").AppendLine(string.Join(", ", accounts.Select(a => a.Platform).Distinct()))
            .Append("Your time zone: ").AppendLine(person.Profile?.TimeZone ?? "not given")
            .AppendLine()
            .AppendLine("Your answers:")
            .AppendLine(profileSummary)
            .AppendLine()
            .AppendLine(draft is null ? "Drafts: none." : $"Kept as a draft for \"{draft.Question}\" (longer than that answer fits):\n{draft.Text}")
            .AppendLine()
            .AppendLine(connections.Count == 0 ? "Requests and connections: none." : "Requests and connections:");
        foreach (var connection in connections)
        {
            var who = connection.OtherName ?? (connection.AsMentee ? "a mentor" : "a mentee");
            text.Append("- ")
                .Append(connection.AsMentee ? $"you asked {who}" : $"{who} asked you")
                .Append(CultureInfo.InvariantCulture, $": {Describe(connection.State)} (since {Day(connection.Since)})")
                .AppendLine();
        }

        text.AppendLine(messages.Count == 0 ? "Messages you wrote in conversations: none." : "Messages you wrote in conversations:");
        foreach (var message in messages)
        {
            text.Append(CultureInfo.InvariantCulture, $"- to {message.To ?? "your match"}, {Moment(message.SentAt)}: ").AppendLine(message.Text);
        }

        foreach (var rating in ratings)
        {
            text.Append(CultureInfo.InvariantCulture, $"Your rating of your conversation with {rating.Of ?? "your match"}: {rating.Score} of 5")
                .AppendLine(rating.Comment is null ? "." : $" — \"{rating.Comment}\"");
        }

        text.Append("Waiting list: ")
            .Append(wait is null ? "not waiting." : $"waiting for a mentor who fits since {Day(wait.Since)}.");
        return text.ToString();
    }

    private static string Describe(ConnectionState state) => state switch
    {
        ConnectionState.Requested => "waiting for an answer",
        ConnectionState.Active => "connected",
        ConnectionState.Declined => "declined",
        ConnectionState.Withdrawn => "withdrawn",
        ConnectionState.Expired => "not answered in time",
        _ => "ended",
    };

    private static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
