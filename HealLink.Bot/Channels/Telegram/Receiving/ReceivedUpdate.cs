using Telegram.Bot.Types;

namespace HealLink.Bot.Channels.Telegram.Receiving;

/// <summary>
/// One update as received, from getUpdates' list or a webhook's body. One malformed update must not make the whole
/// batch unreadable (the offset could then never advance), so each is read on its own: <see cref="Update"/> is null
/// when it could not be read, and its id is still there to acknowledge it by.
/// </summary>
public sealed record ReceivedUpdate(long UpdateId, Update? Update);
