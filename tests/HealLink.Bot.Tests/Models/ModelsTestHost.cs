using System.Net;
using System.Net.Sockets;
using HealLink.Bot.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HealLink.Bot.Tests.Models;

internal static class ModelsTestHost
{
    /// <summary>The Models registration the bot and <c>models fetch</c> use, configured from arguments as they are.</summary>
    public static IHost Build(params string[] args)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddCommandLine(args);
        builder.AddModels();
        return builder.Build();
    }

    /// <summary>An address nothing listens on: the port the OS gave a listener that is closed again.</summary>
    public static Uri NothingListening()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
