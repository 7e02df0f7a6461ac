namespace HealLink.Bot.Channels.Discord.Gateway;

internal static class GatewayUrls
{
    /// <summary>Every connection, first or resuming, names the version and plain JSON (no compression).</summary>
    public static Uri WithVersion(Uri url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length == 0 ? string.Empty : query + "&") + "v=10&encoding=json";
        return builder.Uri;
    }
}
