namespace ChaosBench.Engine.Docker;

/// <summary>Reading an engine address (<c>DOCKER_HOST</c> or a context's host), and whether the engine runs here.</summary>
internal static class DockerEndpoint
{
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    /// <summary>The engine's plain-HTTP port, which the docker CLI also assumes when <c>tcp://HOST</c> names none.</summary>
    public const int DefaultTcpPort = 2375;

    /// <summary>The engine's TLS port, assumed for <c>tcp://HOST</c> when TLS is on, as the docker CLI does.</summary>
    public const int DefaultTlsPort = 2376;

    /// <summary>Says whether a <c>tcp://</c> engine runs on this machine (<c>1</c>) or not (<c>0</c>); see <see cref="IsLocal"/>.</summary>
    public const string LocalVariable = "CHAOSBENCH_ENGINE_LOCAL";

    /// <param name="dockerHost">The address; the local socket when empty.</param>
    /// <param name="tlsVerify"><c>DOCKER_TLS_VERIFY</c>: any value means TLS, so a <c>tcp://</c> address without a port gets 2376.</param>
    /// <param name="setting">Where the address came from, for the error line.</param>
    public static Uri Parse(string? dockerHost, string? tlsVerify = null, string setting = "DOCKER_HOST")
    {
        var value = string.IsNullOrWhiteSpace(dockerHost) ? DefaultSocket : dockerHost.Trim();
        if (value.StartsWith("ssh://", StringComparison.Ordinal))
        {
            throw new EngineException($"{setting}={value}: the harness does not reach engines over ssh://; fix: forward the engine's socket (ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock HOST) and set DOCKER_HOST=unix:///tmp/docker.sock");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "unix" && uri.Scheme != "tcp"))
        {
            throw new EngineException($"{setting}={value} is not a unix:// or tcp:// address; fix: e.g. DOCKER_HOST={DefaultSocket}, tcp://127.0.0.1:{DefaultTcpPort}, or tcp://HOST:{DefaultTlsPort} with DOCKER_TLS_VERIFY=1 for TLS");
        }

        if (uri.Scheme == "unix" && (uri.Host.Length > 0 || uri.AbsolutePath == "/"))
        {
            throw new EngineException($"{setting}={value} does not name a socket by its absolute path; fix: unix:// then the path, e.g. {DefaultSocket}");
        }

        var port = string.IsNullOrEmpty(tlsVerify) ? DefaultTcpPort : DefaultTlsPort;
        return uri.Scheme == "tcp" && uri.IsDefaultPort ? new UriBuilder(uri) { Port = port }.Uri : uri;
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
}
