using System.Text.Json;
using System.Text.Json.Serialization;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.People;

namespace HealLink.Core.DataRights;

/// <summary>
/// Everything held about one person as a JSON file, for them to keep or take elsewhere: the same facts as the readable
/// export, machine-readable. Platforms are named, never their ids.
/// </summary>
public static class PersonExportDocument
{
    public const string FileName = "heallink-export.json";

    public static string Render(
        Person person,
        Profile profile,
        IReadOnlyList<PlatformAccount> accounts,
        IReadOnlyList<ExportedConnection> connections,
        IReadOnlyList<ExportedMessage> messages,
        IReadOnlyList<ExportedRating> ratings,
        MatchWait? wait,
        ExportedDraft? draft)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(accounts);
        var document = new ExportFile(
            person.CreatedAt,
            profile.ConsentedAt,
            [.. accounts.Select(a => a.Platform.ToString()).Distinct()],
            new ExportProfile(
                profile.Role?.ToString(),
                profile.RoleKind.ToString(),
                profile.DisplayName,
                profile.ProcedureText,
                profile.Stage?.ToString(),
                profile.AgeRange?.ToString(),
                profile.Gender?.ToString(),
                profile.GenderPreference?.ToString(),
                profile.Languages,
                profile.Hospital,
                profile.Interests,
                profile.Intro,
                profile.HelpTopics,
                profile.Role == Role.Mentor ? profile.Capacity : null,
                profile.Availability,
                profile.VettingStatus?.ToString(),
                profile.TimeZone),
            [.. connections.Select(c => new ExportConnection(c.AsMentee ? "mentee" : "mentor", c.OtherName, c.State.ToString(), c.Since))],
            messages,
            ratings,
            wait?.Since,
            draft);
        return JsonSerializer.Serialize(document, ExportJsonContext.Default.ExportFile);
    }
}

internal sealed record ExportFile(
    DateTimeOffset Joined,
    DateTimeOffset? Consented,
    IReadOnlyList<string> Platforms,
    ExportProfile Profile,
    IReadOnlyList<ExportConnection> Connections,
    IReadOnlyList<ExportedMessage> MessagesYouWrote,
    IReadOnlyList<ExportedRating> YourRatings,
    DateTimeOffset? WaitingForAMentorSince,
    ExportedDraft? DraftAnswer);

/// <param name="RoleKind">"Patient" (the procedure is or was their own) or "Caregiver" (they support someone through it).</param>
internal sealed record ExportProfile(
    string? Role,
    string RoleKind,
    string? Name,
    string? Procedure,
    string? Stage,
    string? AgeRange,
    string? Gender,
    string? MentorGenderPreference,
    IReadOnlyList<string> Languages,
    string? Hospital,
    IReadOnlyList<string> Interests,
    string? Story,
    IReadOnlyList<string> HelpTopics,
    int? Capacity,
    string? Availability,
    string? Review,
    string? TimeZone);

/// <param name="You">Your side in it: "mentee" (you asked) or "mentor" (you were asked).</param>
internal sealed record ExportConnection(string You, string? With, string State, DateTimeOffset Since);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ExportFile))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
