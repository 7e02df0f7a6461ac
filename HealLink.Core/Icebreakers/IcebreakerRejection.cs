namespace HealLink.Core.Icebreakers;

/// <summary>Why a model's icebreaker was not shown (the template was). Counted, never logged with the text.</summary>
public enum IcebreakerRejection
{
    TooShort,
    TooLong,
    Markup,
    EmailAddress,
    Link,
    PhoneNumber,
    Handle,
    Dosage,
    TreatmentAdvice,
    InstructionLeak,
    UnknownName,
    NotAQuestion,
}
