namespace HealLink.Core.People;

/// <summary>Which side of a procedure someone lived: their own, or someone else's they supported.</summary>
public enum RoleKind
{
    /// <summary>Facing the procedure themselves (mentees), or went through it themselves (mentors).</summary>
    Patient,

    /// <summary>Supporting someone who faces it (mentees), or supported someone through it (mentors).</summary>
    Caregiver,
}
