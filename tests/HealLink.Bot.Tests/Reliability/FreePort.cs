using System.Net;
using System.Net.Sockets;

namespace HealLink.Bot.Tests.Reliability;

/// <summary>A loopback port nobody listens on right now, for a process that must be told its port before it starts.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
