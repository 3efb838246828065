using System.Net.Sockets;

namespace ChaosBench.Engine.Docker;

/// <summary>Where the engine listens: <c>DOCKER_HOST</c> when set, else the local unix socket.</summary>
internal static class DockerEndpoint
{
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    public static Uri FromEnvironment() => Parse(Environment.GetEnvironmentVariable("DOCKER_HOST"));

    public static Uri Parse(string? dockerHost)
    {
        var value = string.IsNullOrWhiteSpace(dockerHost) ? DefaultSocket : dockerHost.Trim();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "unix" && uri.Scheme != "tcp"))
        {
            throw new EngineException($"DOCKER_HOST={value} is not a unix:// or tcp:// address; fix: e.g. DOCKER_HOST={DefaultSocket} or tcp://127.0.0.1:2375");
        }

        return uri;
    }

    /// <summary>An HTTP handler that reaches the engine; over a unix socket the request's host name is ignored.</summary>
    public static HttpMessageHandler CreateHandler(Uri endpoint)
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        if (endpoint.Scheme == "unix")
        {
            var path = endpoint.AbsolutePath;
            handler.ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return handler;
    }

    /// <summary>The base address requests are made against.</summary>
    public static Uri BaseAddress(Uri endpoint) =>
        endpoint.Scheme == "unix" ? new Uri("http://engine/") : new Uri($"http://{endpoint.Authority}/");
}
