using HealLink.Core.Conversations;
using HealLink.Core.Messaging;

namespace HealLink.Core.Matching.Waiting;

/// <summary>The message that keeps the promise made by "no mentor fits you right now".</summary>
internal class WaitingCopy
{
    public static WaitingCopy English { get; } = new();

    public virtual Reply MentorJoined(string? name) => new(
        $"Good news{(string.IsNullOrWhiteSpace(name) ? "" : ", " + name)}: a mentor who may fit your story has just joined HealLink. " +
        "Would you like to see who it is?",
        [[ConversationCopy.English.FindMatchButton]]);
}
