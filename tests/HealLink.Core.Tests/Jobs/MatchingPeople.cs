using HealLink.Core.Matching.Demo;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;

namespace HealLink.Core.Tests.Jobs;

/// <summary>The people the jobs' tests need: the demo mentors, a mentee who finished onboarding, a mentor added by hand.</summary>
internal static class MatchingPeople
{
    public const string NewIntro =
        "Two years after my kidney transplant I run again, cook for friends and can talk you through the first weeks.";

    public static Task<int> SeedDemoMentorsAsync(PipelineHost host) =>
        host.QueryAsync(db => DemoSeeder.SeedAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));

    public static async Task<PipelinePerson> FinishedMenteeAsync(PipelineHost host, RecordingSender platform, string userId = "101")
    {
        var maria = new PipelinePerson(platform, userId) { Host = host };
        await maria.RunAsync(Scripts.MenteeByButtons);
        return maria;
    }

    /// <summary>
    /// A new mentor written straight into the database, as the admin panel or another process would: a copy of an
    /// existing mentor (so the same mentees may see them) with their own name and intro, and no vector.
    /// </summary>
    public static Task<long> AddMentorLikeAsync(PipelineHost host, string existingName, string name, string intro, VettingStatus status) =>
        host.QueryAsync(async db =>
        {
            var template = db.Profiles.Single(p => p.DisplayName == existingName);
            var now = DateTimeOffset.UtcNow;
            var person = new Person
            {
                CreatedAt = now,
                Profile = new Profile
                {
                    ConsentedAt = now,
                    Role = Role.Mentor,
                    DisplayName = name,
                    ProcedureText = template.ProcedureText,
                    ProcedureDisplay = template.ProcedureDisplay,
                    Stage = template.Stage,
                    AgeRange = template.AgeRange,
                    Gender = template.Gender,
                    Languages = [.. template.Languages],
                    Hospital = template.Hospital,
                    Interests = [.. template.Interests],
                    Intro = intro,
                    HelpTopics = [.. template.HelpTopics],
                    Capacity = template.Capacity,
                    VettingStatus = status,
                    CompletedAt = now,
                    UpdatedAt = now,
                },
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
}
