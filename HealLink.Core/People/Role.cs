namespace HealLink.Core.People;

public enum Role
{
    /// <summary>Preparing for or recovering from a procedure.</summary>
    Mentee,

    /// <summary>Has been through a procedure and wants to help.</summary>
    Mentor,
}
