namespace HealLink.Core.Messaging;

/// <summary>
/// A button under a message. <paramref name="Payload"/> comes back in a <see cref="ButtonPress"/>; it is at most
/// <see cref="MaxPayloadBytes"/> UTF-8 bytes so every platform can carry it (Telegram's callback_data limit).
/// </summary>
public sealed record Button(string Label, string Payload)
{
    public const int MaxPayloadBytes = 64;
}
