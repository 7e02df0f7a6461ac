namespace HealLink.Core.People;

/// <summary>
/// What a person told us about themselves. Filled in answer by answer during onboarding, so every field is
/// optional until <see cref="CompletedAt"/> is set.
/// </summary>
public sealed class Profile
{
    public const int DefaultCapacity = 3;

    public long PersonId { get; set; }

    public DateTimeOffset? ConsentedAt { get; set; }

    public Role? Role { get; set; }

    /// <summary>First name or nickname; the only thing shown to the person they are matched with.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The procedure in the person's own words, kept for matching.</summary>
    public string? ProcedureText { get; set; }

    /// <summary>The procedure tidied for display (trimmed, whitespace collapsed, sentence case).</summary>
    public string? ProcedureDisplay { get; set; }

    public Stage? Stage { get; set; }

    public AgeRange? AgeRange { get; set; }

    public Gender? Gender { get; set; }

    /// <summary>Mentees only: the mentor gender they would prefer; null means no preference.</summary>
    public Gender? GenderPreference { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? Hospital { get; set; }

    public List<string> Interests { get; set; } = [];

    /// <summary>The self-introduction: the heart of matching.</summary>
    public string? Intro { get; set; }

    /// <summary>Mentors only: topic keys they can help with.</summary>
    public List<string> HelpTopics { get; set; } = [];

    /// <summary>Mentors only: how many mentees at once.</summary>
    public int Capacity { get; set; } = DefaultCapacity;

    /// <summary>Mentors only: when they are usually around, in their words.</summary>
    public string? Availability { get; set; }

    /// <summary>Mentors only; null for mentees.</summary>
    public VettingStatus? VettingStatus { get; set; }

    /// <summary>Why a mentor was rejected or suspended, as the coordinator wrote it.</summary>
    public string? VettingNote { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Their time zone (an IANA id such as "Europe/Madrid"), chosen with /timezone: nights are kept quiet.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// Whether they face (or faced) the procedure themselves or support(ed) someone who does. Last because the column
    /// was added last (column order is compared with the migrations).
    /// </summary>
    public RoleKind RoleKind { get; set; } = RoleKind.Patient;
}
