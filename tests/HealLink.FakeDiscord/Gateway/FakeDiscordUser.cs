namespace HealLink.FakeDiscord.Gateway;

/// <summary>A person on the fake Discord; ids are snowflakes as strings, as Discord sends them.</summary>
public sealed record FakeDiscordUser(string Id, string Username, string GlobalName, string DmChannelId);
