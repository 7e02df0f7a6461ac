using HealLink.Core.People;

namespace HealLink.Core.Connections.Timing;

/// <summary>
/// Whether a message that can wait (a reminder, a check-in) may be sent to someone now. Messages that cannot wait,
/// such as answers to what they did and the end of a request they wait on, are sent regardless.
/// </summary>
public interface IQuietHours
{
    bool AllowsNow(Profile person, DateTimeOffset now);
}
