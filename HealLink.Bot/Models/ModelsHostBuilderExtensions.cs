using System.Net;
using HealLink.Core.Icebreakers;
using HealLink.Core.Matching.Embeddings.MiniLm;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Models;

public static class ModelsHostBuilderExtensions
{
    /// <summary>
    /// Model files: the <c>Models</c> options, validated at start-up, and the downloader behind <c>models fetch</c> and
    /// <c>Models:FetchOnStart</c>.
    /// </summary>
    public static IHostApplicationBuilder AddModels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ModelsOptions>()
            .BindConfiguration(ModelsOptions.SectionName)
            .PostConfigure(options =>
            {
                if (options.Files.Count == 0)
                {
                    options.Files = ModelsOptions.DefaultFiles();
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ModelsOptions>, ModelsOptionsValidator>();

        // The embedder loads what `models fetch` put in place: a different Models:Folder moves both, unless the
        // Embeddings paths were set on their own.
        services.AddOptions<EmbeddingOptions>().PostConfigure<IOptions<ModelsOptions>>((embedding, models) =>
        {
            if (embedding.ModelPath == EmbeddingOptions.DefaultModelPath)
            {
                embedding.ModelPath = models.Value.MiniLmModelPath;
            }

            if (embedding.VocabularyPath == EmbeddingOptions.DefaultVocabularyPath)
            {
                embedding.VocabularyPath = models.Value.MiniLmVocabularyPath;
            }
        });
        services.TryAddSingleton(TimeProvider.System);

        // Where `models fetch llm` puts the language model: where the LlamaSharp provider loads it from.
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName);

        services.AddHttpClient<ModelDownloader>(http =>
            {
                // The downloader's stall timeout replaces this: a whole-request limit would cut off a slow but steady download.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("HealLink-models-fetch");
            })
            .UseSocketsHttpHandler((handler, _) =>
            {
                // Hugging Face answers with a redirect to its CDN.
                handler.AllowAutoRedirect = true;

                // Byte ranges and sizes are of the file itself, so nothing may decode it on the way.
                handler.AutomaticDecompression = DecompressionMethods.None;
            })

            // The default HTTP logging writes a line per request into the progress output.
            .RemoveAllLoggers();
        services.AddTransient<ModelFetcher>();
        return builder;
    }
}
