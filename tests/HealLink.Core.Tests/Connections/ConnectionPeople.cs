using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Connections;

/// <summary>Mentors and mentees who really chatted their way in, and their requests, through the pipeline.</summary>
internal static class ConnectionPeople
{
    /// <summary>A mentor who finished onboarding as <paramref name="name"/>, approved, with room for five mentees.</summary>
    public static async Task<PipelinePerson> ApprovedMentorAsync(PipelineHost host, RecordingSender platform, string userId, string name)
    {
        var mentor = new PipelinePerson(platform, userId) { Host = host };
        await mentor.RunAsync(Renamed(Scripts.MentorByButtons, "Sam", name));
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE profiles SET vetting_status = 'Approved', capacity = 5 WHERE display_name = {name}"));
        return mentor;
    }

    /// <param name="updatePrefix">What update ids start with: the user id unless given (a platform's are not the user's).</param>
    public static async Task<PipelinePerson> MenteeAsync(PipelineHost host, RecordingSender platform, string userId, string name, string? updatePrefix = null)
    {
        var mentee = new PipelinePerson(platform, userId, updatePrefix) { Host = host };
        await mentee.RunAsync(Renamed(Scripts.MenteeByButtons, Scripts.MenteeName, name));
        return mentee;
    }

    /// <summary>Find my match, then Connect with the named mentor.</summary>
    public static async Task RequestAsync(PipelinePerson mentee, string mentorName)
    {
        await mentee.SayAsync("/match");
        await mentee.PressAsync($"Connect with {mentorName}");
    }

    /// <summary>The mentee asks, the mentor accepts: an open conversation.</summary>
    public static async Task ConnectAsync(PipelinePerson mentee, PipelinePerson mentor, string mentorName)
    {
        await RequestAsync(mentee, mentorName);
        await mentor.PressAsync("Accept");
    }

    public static Task SuspendAsync(PipelineHost host, string name) =>
        host.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE people SET suspended_at = 1 WHERE id = (SELECT person_id FROM profiles WHERE display_name = {name})"));

    private static IEnumerable<ChatStep> Renamed(IEnumerable<ChatStep> steps, string from, string to) =>
        steps.Select(step => step is ChatStep.Say say && say.Text == from ? new ChatStep.Say(to) : step);
}
