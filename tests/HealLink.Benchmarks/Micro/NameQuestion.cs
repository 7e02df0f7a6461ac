using HealLink.Benchmarks.Shared;
using HealLink.Core.Conversations;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// A mentee at the name question, as the handler alone sees them. Answering changes the entities, so every measured
/// answer gets a fresh copy (<see cref="Fresh"/>) made before the clock starts.
/// </summary>
internal sealed class NameQuestion
{
    private readonly Profile _profile;
    private readonly ConversationState _state;

    private NameQuestion(Profile profile, ConversationState state)
    {
        _profile = profile;
        _state = state;
    }

    public static InboundContent Answer { get; } = new TextInput(Scripts.MenteeName);

    public static NameQuestion Reach(ConversationHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var person = new Person { Id = 1 };
        var profile = new Profile { PersonId = person.Id };
        var state = new ConversationState { PersonId = person.Id, Mode = ConversationMode.Onboarding };
        var scripted = new ScriptedPerson("handler");
        foreach (var step in Scripts.StartMentee)
        {
            var replies = handler.Handle(new ConversationContext(person, profile, state), scripted.ContentFor(step));
            scripted.Read(replies.Select(r => r.Buttons));
        }

        var reached = new NameQuestion(profile, state);
        reached.VerifyCopiesAreFaithful(handler, new ConversationContext(person, profile, state));
        return reached;
    }

    public ConversationContext Fresh() => new(
        new Person { Id = _profile.PersonId },
        new Profile { PersonId = _profile.PersonId, ConsentedAt = _profile.ConsentedAt, Role = _profile.Role, UpdatedAt = _profile.UpdatedAt },
        new ConversationState
        {
            PersonId = _state.PersonId,
            Mode = _state.Mode,
            StepKey = _state.StepKey,
            Version = _state.Version,
            PendingSelection = [.. _state.PendingSelection],
            UpdatedAt = _state.UpdatedAt,
        });

    /// <summary>A copy that missed something the handler reads would measure a different answer.</summary>
    private void VerifyCopiesAreFaithful(ConversationHandler handler, ConversationContext original)
    {
        static string Transcript(IEnumerable<Reply> replies) =>
            string.Join("\n", replies.Select(r => $"{r.Text} [{string.Join(", ", r.AllButtons.Select(b => b.Payload))}]"));

        var fromCopy = Transcript(handler.Handle(Fresh(), Answer));
        var fromOriginal = Transcript(handler.Handle(original, Answer));
        if (fromCopy != fromOriginal)
        {
            throw new InvalidOperationException($"A fresh copy answers differently:\n{fromCopy}\n---\n{fromOriginal}");
        }
    }
}
