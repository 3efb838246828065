namespace ChaosBench.Tests.Engine.Engines;

/// <summary>
/// Debian's Podman 4.3 (<c>podman system service</c> on a socket of its own, installed by <c>ci/engines.sh</c>),
/// reached through <c>DOCKER_HOST=unix://.../podman.sock</c> as a user's Podman would be.
/// </summary>
[Category("Docker")]
[Category("Podman")]
[CancelAfter(300_000)]
public sealed class PodmanTests
{
    /// <summary>Each fault of <c>podman-faults.yaml</c> and what its timeline line says when it took effect.</summary>
    private static readonly (string Kind, string Detail)[] Effects =
    [
        ("pause", "paused"),
        ("resume", "resumed"),
        ("partition", "via nsenter"),
        ("heal", "removed chain"),
        ("partition", "disconnected from"),
        ("heal", "reconnected to"),
        ("kill", "(direct)"),
        ("start", "running"),
        ("restart", "restarted"),
        ("version-hop", "recipe:etcd-3.5"),
        ("disk-full", "injected on data"),
        ("clear-disk-faults", "writes refused with ENOSPC"),
        ("stop", "stopped"),
        ("truncate", "truncated /var/lib/etcd/canary"),
        ("delete-path", "deleted /var/lib/etcd/canary"),
        ("power-loss", "power cut: data dropped"),
        ("power-loss", "(direct)"),
    ];

    private PodmanService _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        if (!PodmanService.Installed)
        {
            using var install = System.Diagnostics.Process.Start(Path.Combine(TestEnvironment.RepoRoot, "ci", "engines.sh"))!;
            await install.WaitForExitAsync();
            Assert.That(install.ExitCode, Is.Zero, "ci/engines.sh could not install podman");
        }

        _engine = await PodmanService.StartAsync(TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public async Task StopEngine()
    {
        await _engine.DisposeAsync();
        Assert.That(Directory.Exists("/sys/class/net/docker0"), Is.True, "the host's docker0 is gone");
    }

    [Test]
    public async Task Client_NegotiatesWithPodman_SpeaksItsCompatApi()
    {
        using var engine = _engine.Engine();

        var version = await engine.VersionAsync();

        Assert.That((version.Version, version.EngineApiVersion), Is.EqualTo(("4.3.1", "1.41")));
    }

    [Test]
    public async Task Run_KillMemberThroughDockerHost_PassesAndLeavesTheMainEngineAlone()
    {
        // Given Podman reached through DOCKER_HOST, and the main engine's bridges and chains before the run
        var env = KillMemberRun.Clean();
        env["DOCKER_HOST"] = _engine.SocketHost;
        using var main = TestEnvironment.Engine();

        // When kill-member runs there
        var (exit, record, output) = await KillMemberRun.RunAsync(_engine, env, CancellationToken.None);

        // Then it passes on Podman, speaking its compat API
        Assert.That(exit, Is.Zero, output);
        Assert.That(record!["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), output);
        Assert.That(record["environment"]!["engineApiVersion"]!.GetValue<string>(), Is.EqualTo("1.41"));

        // And the main engine knows nothing of it: no object of the run, no rule of Podman's pool in its chains
        var runId = record["runId"]!.GetValue<string>();
        var containers = await main.Containers.ListAsync($"chaosbench.run={runId}");
        Assert.That(containers, Is.Empty, "the main engine holds a container of the Podman run");
        var rules = await System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("iptables-save") { RedirectStandardOutput = true })!.StandardOutput.ReadToEndAsync();
        var pool = PodmanService.AddressPool.Split('.')[..2];
        Assert.That(rules.Split('\n').Where(l => l.Contains($"{pool[0]}.{pool[1]}.", StringComparison.Ordinal) && l.Contains("DOCKER", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Run_EveryFaultFamilyOnPodman_TakesEffectAndLeavesNothing()
    {
        // Given Podman reached through DOCKER_HOST, and a run that injects every fault family there
        var env = KillMemberRun.Clean();
        env["DOCKER_HOST"] = _engine.SocketHost;

        // When it runs
        var (exit, record, output) = await KillMemberRun.RunAsync(_engine, "tests/ChaosBench.Tests/Engine/Engines/podman-faults.yaml", ["etcd-3.4", "etcd-3.5"], env, CancellationToken.None);

        // Then it passes, and each fault says in the timeline that it took effect the way it does on Docker
        Assert.That(exit, Is.Zero, output);
        Assert.That(record!["outcome"]!.GetValue<string>(), Is.EqualTo("passed"), output);
        var timeline = record["timeline"]!.AsArray().Select(e => (Kind: e!["kind"]!.GetValue<string>(), Detail: e["detail"]!.GetValue<string>())).ToList();
        Assert.Multiple(() =>
        {
            foreach (var (kind, detail) in Effects)
            {
                Assert.That(timeline.Any(e => e.Kind == kind && e.Detail.Contains(detail, StringComparison.Ordinal)), Is.True, $"no '{kind}' saying '{detail}' in the timeline:\n{output}");
            }
        });

        // And Podman holds nothing of the run afterwards
        using var podman = _engine.Engine();
        var runId = record["runId"]!.GetValue<string>();
        Assert.That(await podman.Containers.ListAsync($"chaosbench.run={runId}"), Is.Empty, "a container of the run is left");
        Assert.That(await podman.Volumes.ListAsync($"chaosbench.run={runId}"), Is.Empty, "a volume of the run is left");
        Assert.That(await podman.Networks.ListAsync($"chaosbench.run={runId}"), Is.Empty, "a network of the run is left");
    }
}
