namespace HealLink.Bot.Channels.Telegram.Api;

public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

/// <summary>A button with exactly one action: here <see cref="CallbackData"/> (1–64 UTF-8 bytes) or <see cref="Url"/>.</summary>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null);

/// <summary>One entry of the command menu: 1–32 characters of [a-z0-9_], and a 1–256 character description.</summary>
public sealed record BotCommandInfo(string Command, string Description);
