using System.Net.Sockets;

namespace ChaosBench.Engine.Docker;

/// <summary>Where the engine listens: <c>DOCKER_HOST</c> when set, else the local unix socket.</summary>
internal static class DockerEndpoint
{
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    /// <summary>The engine's plain-HTTP port, which the docker CLI also assumes when <c>tcp://HOST</c> names none.</summary>
    public const int DefaultTcpPort = 2375;

    /// <summary>Says whether a <c>tcp://</c> engine runs on this machine (<c>1</c>) or not (<c>0</c>); see <see cref="IsLocal"/>.</summary>
    public const string LocalVariable = "CHAOSBENCH_ENGINE_LOCAL";

    public static Uri FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable("DOCKER_HOST"), Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY"));

    /// <param name="tlsVerify"><c>DOCKER_TLS_VERIFY</c>: any value asks for TLS, which this client does not speak.</param>
    public static Uri Parse(string? dockerHost, string? tlsVerify = null)
    {
        var value = string.IsNullOrWhiteSpace(dockerHost) ? DefaultSocket : dockerHost.Trim();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "unix" && uri.Scheme != "tcp"))
        {
            throw new EngineException($"DOCKER_HOST={value} is not a unix:// or tcp:// address; fix: e.g. DOCKER_HOST={DefaultSocket} or tcp://127.0.0.1:{DefaultTcpPort} (https:// and TLS are not supported)");
        }

        if (uri.Scheme == "unix" && (uri.Host.Length > 0 || uri.AbsolutePath == "/"))
        {
            throw new EngineException($"DOCKER_HOST={value} does not name a socket by its absolute path; fix: unix:// then the path, e.g. {DefaultSocket}");
        }

        if (uri.Scheme == "tcp" && !string.IsNullOrEmpty(tlsVerify))
        {
            throw new EngineException($"DOCKER_TLS_VERIFY is set, but the harness speaks only plain HTTP to the engine at {value}; fix: unset DOCKER_TLS_VERIFY and reach the engine over a unix socket or a plain tcp:// port on 127.0.0.1 (e.g. through an SSH tunnel)");
        }

        return uri.Scheme == "tcp" && uri.IsDefaultPort ? new UriBuilder(uri) { Port = DefaultTcpPort }.Uri : uri;
    }

    /// <summary>
    /// Whether the engine runs on this machine, so that a path it reports (a volume's directory) is a path here:
    /// a unix socket is, a <c>tcp://</c> address is not, even on 127.0.0.1 (a tunnel may lead anywhere), unless
    /// <paramref name="declared"/> (<see cref="LocalVariable"/>) says otherwise.
    /// </summary>
    public static bool IsLocal(Uri endpoint, string? declared) => declared?.Trim() switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        null or "" => endpoint.Scheme == "unix",
        _ => throw new EngineException($"{LocalVariable}={declared} is neither 1 nor 0; fix: 1 when the engine runs on this machine, 0 when not, or unset it"),
    };

    /// <summary>An HTTP handler that reaches the engine; over a unix socket the request's host name is ignored.</summary>
    public static HttpMessageHandler CreateHandler(Uri endpoint)
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) };
        if (endpoint.Scheme == "unix")
        {
            var path = Uri.UnescapeDataString(endpoint.AbsolutePath);
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
