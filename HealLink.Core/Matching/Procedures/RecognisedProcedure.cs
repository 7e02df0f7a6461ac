namespace HealLink.Core.Matching.Procedures;

/// <summary>The catalogue entry a person's wording names.</summary>
/// <param name="AsCarer">The wording is about someone else's procedure, one the person cares or cared for
/// ("my wife is getting a liver transplant"): the procedure is the same, but they did not have it.</param>
public sealed record RecognisedProcedure(ProcedureEntry Entry, bool AsCarer);
