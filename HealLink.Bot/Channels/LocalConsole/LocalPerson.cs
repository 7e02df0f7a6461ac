using System.Globalization;

namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>
/// One of the people sharing the terminal, by number. Their platform user id and chat id are both
/// <c>local-{number}</c>, stable across restarts, so person 2 today is person 2 tomorrow.
/// </summary>
public readonly record struct LocalPerson(int Number)
{
    public const int MaxNumber = 99;

    private const string Prefix = "local-";

    public string UserId => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Number}");

    public static LocalPerson? FromUserId(string userId) =>
        userId.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(userId.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new LocalPerson(number)
            : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"person {Number}");
}
