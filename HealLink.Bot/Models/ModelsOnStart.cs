using Microsoft.Extensions.Options;

namespace HealLink.Bot.Models;

/// <summary>
/// <c>Models:FetchOnStart</c>: when model files are missing, fetch them before the bot comes up, with progress on the
/// error output. A failure is one line there and the bot starts anyway, on the offline embedder.
/// </summary>
internal static class ModelsOnStart
{
    public static async Task FetchIfAskedAsync(IServiceProvider services, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IOptions<ModelsOptions>>().Value.FetchOnStart)
        {
            return;
        }

        var fetcher = services.GetRequiredService<ModelFetcher>();
        if (fetcher.AllInPlace())
        {
            return;
        }

        try
        {
            await fetcher.FetchAllAsync(errors, cancellationToken);
        }
        catch (ModelFetchException exception)
        {
            await errors.WriteLineAsync(exception.Summary);
        }
    }
}
