using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Engine.Engines;

/// <summary>
/// Docker 26.1.5 from Debian trixie's docker.io (fetched by <c>ci/engines.sh</c>), started with
/// <c>DOCKER_MIN_API_VERSION=1.44</c> so that it refuses old clients as Docker 29 does.
/// </summary>
[Category("Docker")]
[Category("Docker26")]
[CancelAfter(300_000)]
public sealed class TrixieDockerTests
{
    private SecondDockerd _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        var binaries = Path.Combine(TestEnvironment.RepoRoot, ".build", "engines", "trixie", "root");
        if (!File.Exists(Path.Combine(binaries, "usr", "sbin", "dockerd")))
        {
            using var fetch = Process.Start(Path.Combine(TestEnvironment.RepoRoot, "ci", "engines.sh"))!;
            await fetch.WaitForExitAsync();
            Assert.That(fetch.ExitCode, Is.Zero, "ci/engines.sh could not fetch trixie's docker.io");
        }

        _engine = await SecondDockerd.StartAsync(TimeSpan.FromSeconds(60), new DockerdOptions
        {
            Binaries = binaries,
            Environment = new Dictionary<string, string> { ["DOCKER_MIN_API_VERSION"] = "1.44" },
            Socket = true,
            AddressPool = "10.215.0.0/16",
            BridgeAddress = "10.216.0.1/24",
        });
    }

    [OneTimeTearDown]
    public async Task StopEngine()
    {
        await _engine.DisposeAsync();
        Assert.That(Directory.Exists("/sys/class/net/docker0"), Is.True, "the host's docker0 is gone");
    }

    [Test]
    public async Task PinnedClient_RawRequestToV141_RefusedAsTooOld()
    {
        // Given the request the previous client made on every call: /v1.41/...
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = ConnectAsync });

        // When it reaches the engine
        using var response = await http.GetAsync("http://engine/v1.41/version");
        var body = await response.Content.ReadAsStringAsync();

        // Then the engine refuses it, as Docker 29 refuses every client below 1.44
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(body, Does.Contain("1.41 is too old"));
    }

    [Test]
    public async Task Client_NegotiatesWithAnEngineRefusingOldClients_SpeaksItsNewestApi()
    {
        using var engine = _engine.Engine();

        var version = await engine.VersionAsync();
        var info = await engine.InfoAsync();

        Assert.That((version.Version, version.ApiVersion, version.MinApiVersion, version.EngineApiVersion), Is.EqualTo(("26.1.5+dfsg1", "1.45", "1.44", "1.45")));
        Assert.That(info.StorageDriver, Is.Not.Empty);
    }

    [Test]
    public async Task Run_KillMember_PassesSpeakingTheNegotiatedVersion()
    {
        var env = KillMemberRun.Clean();
        env["DOCKER_HOST"] = _engine.SocketHost;

        var (exit, record, output) = await KillMemberRun.RunAsync(_engine, env, CancellationToken.None);

        Assert.That(exit, Is.Zero, output);
        Assert.That(record!["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), output);
        Assert.That(record["environment"]!["engineApiVersion"]!.GetValue<string>(), Is.EqualTo("1.45"));
        Assert.That(record["environment"]!["engineVersion"]!.GetValue<string>(), Is.EqualTo("26.1.5+dfsg1"));
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(new Uri(_engine.SocketHost).AbsolutePath), ct);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
