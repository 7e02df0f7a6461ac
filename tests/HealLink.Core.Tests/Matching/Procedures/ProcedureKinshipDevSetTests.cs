using HealLink.Core.Matching;

namespace HealLink.Core.Tests.Matching.Procedures;

public sealed class ProcedureKinshipDevSetTests
{
    [Fact]
    public void Compare_EveryDevSetMenteeWithEveryMentor_IsSameExactlyWhenTheSetImpliesOneProcedure()
    {
        foreach (var mentee in MatchDevSet.Mentees)
        {
            foreach (var mentor in MatchDevSet.Mentors)
            {
                var same = DevSetProcedures.Expected[mentee.Name] == DevSetProcedures.Expected[mentor.Name];
                Assert.True(
                    same == (ProcedureKinship.Compare(mentee.Procedure, mentor.Procedure) == Kinship.Same),
                    $"{mentee.Name} ({mentee.Procedure}) and {mentor.Name} ({mentor.Procedure})");
            }
        }
    }
}
