using System.Net;
using System.Net.Sockets;

namespace HealLink.Admin.Tests.Browser;

internal static class FreePort
{
    /// <summary>A port the system just handed out and released; good enough for one process started at once.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
