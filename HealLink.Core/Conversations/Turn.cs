using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Conversations;

/// <summary>One input being handled: the entities it changes, the clock reading, and the replies so far.</summary>
internal sealed class Turn(ConversationContext context, DateTimeOffset now, OnboardingFlows flows)
{
    public Profile Profile => context.Profile;

    public ConversationState State => context.State;

    public DateTimeOffset Now => now;

    public IReadOnlyList<Connections.ConnectionSummary> Connections => context.Connections;

    public bool IsSuspended => context.Person.SuspendedAt is not null;

    /// <summary>From now on the bot speaks <paramref name="language"/> to them, this turn's replies included.</summary>
    public void SpeakIn(Language language) => context.Person.Language = language;

    public long? AddressedConnectionId => context.AddressedConnectionId;

    /// <summary>What the bot says to this person, in their language.</summary>
    public CopyTable Copy => context.Copy;

    /// <summary>The questions, in their language.</summary>
    public OnboardingFlow Flow => flows.For(context.Person.Language);

    public List<Reply> Replies { get; } = [];

    public List<ConversationIntent> Intents { get; } = [];

    /// <summary>Nobody has asked them anything yet (or they said "Not now"): any input starts from the welcome.</summary>
    public bool IsNew => State.Mode == ConversationMode.Onboarding && State.StepKey is null;

    public bool IsFinished => Profile.CompletedAt is not null;

    public void Say(string text) => Replies.Add(new Reply(text));

    public void Say(string text, Button button) => Replies.Add(new Reply(text, [[button]]));

    public void Say(Reply reply) => Replies.Add(reply);

    public void Ask(ConversationIntent intent) => Intents.Add(intent);

    public void ProfileChanged() => Profile.UpdatedAt = now;

    public void StateChanged() => State.UpdatedAt = now;
}
