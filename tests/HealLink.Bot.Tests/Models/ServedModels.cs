namespace HealLink.Bot.Tests.Models;

/// <summary>For one test: a <see cref="ModelFileServer"/> serving the given models and an empty folder to fetch them into.</summary>
internal sealed class ServedModels : IAsyncDisposable
{
    private ServedModels(ModelFileServer server) => Server = server;

    public ModelFileServer Server { get; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("heallink-models-").FullName;

    public static async Task<ServedModels> StartAsync(params TestModel[] models)
    {
        var served = new ServedModels(await ModelFileServer.StartAsync());
        foreach (var model in models)
        {
            served.Server.Serve(model);
        }

        return served;
    }

    /// <summary>The command-line settings that fetch these models from this server into this folder.</summary>
    public string[] Settings(params TestModel[] models) => TestModel.Settings(Folder, Server.BaseUrl, models);

    public string PathOf(TestModel model) => Path.Combine(Folder, model.LocalPath);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
