using HealLink.Core.Languages;
using HealLink.Core.Messaging;

namespace HealLink.Core.Matching.Waiting;

/// <summary>The Spanish column of <see cref="WaitingCopy"/>.</summary>
internal sealed class SpanishWaitingCopy : WaitingCopy
{
    public override Reply MentorJoined(string? name) => new(
        $"¡Buenas noticias{(string.IsNullOrWhiteSpace(name) ? "" : ", " + name)}! Acaba de unirse a HealLink una persona "
        + "voluntaria que podría encajar con tu historia. ¿Quieres ver quién es?",
        [[CopyTable.Spanish.Conversation.FindMatchButton]]);
}
