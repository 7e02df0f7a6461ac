using HealLink.Core.Jobs;
using Quartz;

namespace HealLink.Admin.Pages.Jobs;

/// <summary>What each job does, in a coordinator's words (the schedules themselves are declared in <see cref="JobSchedules"/>).</summary>
internal static class JobDescriptions
{
    private static readonly Dictionary<JobKey, string> _known = new()
    {
        [JobSchedules.ReEmbedProfiles] = "Reads intros whose stored meaning is missing or out of date, so matching compares the current words.",
        [JobSchedules.RefreshIntroIndex] = "Brings each bot process's in-memory search up to date with newly approved mentors and edited intros.",
        [JobSchedules.UnloadIdleModels] = "Frees the memory of a bot process's icebreaker language model when nobody has needed it for a while; it loads again when needed.",
        [JobSchedules.NotifyWaitingMentees] = "Tells mentees who were promised a message that a mentor who fits them has been approved.",
        [JobSchedules.ConnectionTiming] = "Expires unanswered requests, reminds mentors once, and checks in with mentees a while into a conversation.",
        [JobSchedules.ReEncryptFields] = "Re-encrypts stored stories and messages under the current encryption key, after a key rotation or an upgrade.",
        [JobSchedules.Prune] = "Removes records past their retention: delivered messages, receipts, ended conversations' messages, old job runs.",
    };

    public static string? Of(string group, string name) => _known.GetValueOrDefault(new JobKey(name, group));
}
