namespace HealLink.Core.Messaging;

/// <summary>What a person sent: typed text, a button press, or something we cannot read.</summary>
public abstract record InboundContent;

/// <summary>Typed text, exactly as the platform delivered it (not yet trimmed or validated).</summary>
public sealed record TextInput(string Text) : InboundContent;

/// <summary>A press of a button we sent earlier; <paramref name="Payload"/> is the button's payload.</summary>
public sealed record ButtonPress(string Payload) : InboundContent;

/// <summary>A sticker, photo, voice note or other content we do not handle; <paramref name="Kind"/> names it.</summary>
public sealed record UnsupportedInput(string Kind) : InboundContent;
