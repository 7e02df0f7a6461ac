using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HealLink.FakeTelegram.Routing;

/// <summary>The Kestrel app behind the fake: loopback only, a port the OS picks, no configuration files, no logging.</summary>
internal static class FakeHost
{
    public static WebApplication Build(FakeApiEndpoint api, FileDownloadEndpoint files, int ports = 1)
    {
        var app = CreateLoopbackBuilder(ports).Build();
        app.MapMethods("/bot{token}/{method}", [HttpMethods.Get, HttpMethods.Post], context =>
            api.HandleAsync(context, RouteValue(context, "token"), RouteValue(context, "method")));
        app.MapGet("/file/bot{token}/{**path}", context =>
            files.HandleAsync(context, RouteValue(context, "token"), RouteValue(context, "path")));
        return app;
    }

    /// <summary>A slim Kestrel app on http://127.0.0.1 with free ports (one unless asked); read them from app.Urls after start.</summary>
    public static WebApplicationBuilder CreateLoopbackBuilder(int ports = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ports);
        var builder = WebApplication.CreateSlimBuilder();
        // Nothing from the environment or an appsettings.json nearby (ASPNETCORE_URLS, say) may change the fake.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        if (ports == 1)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            // Listen rather than UseUrls: several "port 0" addresses are one address to UseUrls.
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                for (var i = 0; i < ports; i++)
                {
                    kestrel.Listen(IPAddress.Loopback, 0);
                }
            });
        }

        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        return builder;
    }

    private static string RouteValue(HttpContext context, string name) => context.GetRouteValue(name) as string ?? "";
}
