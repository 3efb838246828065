namespace ChaosBench.Tests.Engine;

/// <summary>
/// What kind of extra dockerd <see cref="SecondDockerd"/> starts. Each kind has its own address pool and bridge
/// address, so two kinds up at once (or left by a killed test run) never share a subnet with each other or with the
/// main engine's (172.17-31.0.0/16, 192.168.0.0/16).
/// </summary>
internal sealed record DockerdOptions
{
    /// <summary>A plain-HTTP engine on a free loopback port: Debian bookworm's dockerd.</summary>
    public static readonly DockerdOptions Plain = new();

    /// <summary>Its networks' subnets. Default: 10.213.0.0/16.</summary>
    public string AddressPool { get; init; } = "10.213.0.0/16";

    /// <summary>Its default bridge's address, outside the pool. Default: 10.214.0.1/24.</summary>
    public string BridgeAddress { get; init; } = "10.214.0.1/24";

    /// <summary>A folder whose <c>usr/sbin/dockerd</c> and <c>usr/bin</c> (containerd, its shim, docker-init) are used instead of the machine's; runc stays the machine's.</summary>
    public string? Binaries { get; init; }

    /// <summary>Extra environment of the daemon, e.g. <c>DOCKER_MIN_API_VERSION</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A folder with <c>ca.pem</c>, <c>server-cert.pem</c>, <c>server-key.pem</c>: listen with <c>--tlsverify</c>. Default: plain HTTP.</summary>
    public string? TlsFolder { get; init; }

    /// <summary>The TCP port; 0 for a free one. Default: 0.</summary>
    public int Port { get; init; }

    /// <summary>Also listen on a unix socket in its folder (<see cref="SecondDockerd.SocketHost"/>). Default: false.</summary>
    public bool Socket { get; init; }
}
