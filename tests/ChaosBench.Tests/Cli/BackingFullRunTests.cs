using System.Diagnostics;
using System.Text.Json.Nodes;
using ChaosBench.Engine;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// Issue 19's acceptance through a whole run: a power-loss volume whose backing folder is a 1 MiB tmpfs. Redis gets
/// ENOSPC, the harness lives and ends the run <c>errored</c> naming the full backing disk, and nothing of the run is
/// left: no container, volume, network or layer mount. The tmpfs goes over the volume's folder the moment the
/// engine reports the volume created (before the layer mounts over it) and comes off when the member's container is
/// removed, so the harness can remove the volume. <see cref="PowerLoss.LayerBackingFullTests"/> covers the layer alone.
/// </summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class BackingFullRunTests
{
    private const string Scenario = """
        name: backing-full
        duration: 4s
        services:
          redis:
            image: recipe:redis-7.0
            command: [redis-server, --protected-mode, "no", --dir, /var/lib/redis, --appendonly, "yes", --appendfsync, everysec]
            volumes:
              data: { path: /var/lib/redis, durability: power-loss }
            ready: { exec: [redis-cli, ping], within: 30s }
        workload: { kind: redis-kv, target: redis, clients: 2, rate: 50/s }
        faults:
          - at: 1s
            exec: { target: redis, command: [redis-cli, eval, "for i=1,20000 do redis.call('set','fill:'..i,string.rep('x',100)) end return 'ok'", "0"], exit: any }
        expect:
          - no-lost-writes
        """;

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-backing-full-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Run_PowerLossVolumeOnAOneMebibyteTmpfs_ErroredNamingTheFullDiskAndNothingLeft(CancellationToken ct)
    {
        // Given the scenario, and a watcher that puts a 1 MiB tmpfs under its volume as soon as the engine creates it
        var file = Path.Combine(_folder, "backing-full.yaml");
        await File.WriteAllTextAsync(file, Scenario, ct);
        using var engine = TestEnvironment.Engine();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tmpfs = new List<string>();
        var watcher = WatchAsync(engine, tmpfs, stop.Token);

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", file, "--out", _folder], ct: ct);
        await stop.CancelAsync();
        await watcher;

        // Then the tmpfs was in place, Redis got ENOSPC, and the run is errored for the full backing disk
        Assert.That(tmpfs, Has.Count.EqualTo(1), "the tmpfs went under the run's volume");
        Assert.That(exit, Is.EqualTo(3), stderr + stdout);
        var folder = Directory.GetDirectories(_folder).Single();
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "run.json"), ct))!;
        Assert.That(record["outcome"]!.GetValue<string>(), Is.EqualTo("errored"));
        Assert.That(stdout + stderr, Does.Contain("with ENOSPC; programs get ENOSPC; fix: free space"));
        var logs = string.Concat(Directory.GetFiles(Path.Combine(folder, "logs")).Select(File.ReadAllText));
        Assert.That(logs, Does.Contain("No space left on device"), "Redis's own log");

        // And nothing of the run is left on the engine or mounted on this machine
        var runId = record["runId"]!.GetValue<string>();
        Assert.That(await engine.Containers.ListAsync($"chaosbench.run={runId}", ct), Is.Empty);
        Assert.That(await engine.Volumes.ListAsync($"chaosbench.run={runId}", ct), Is.Empty);
        Assert.That(File.ReadAllText("/proc/self/mountinfo"), Does.Not.Contain(runId));
    }

    /// <summary>Mounts the tmpfs on the run's volume when it is created; lazily unmounts it when the member's container is removed.</summary>
    private static async Task WatchAsync(IContainerEngine engine, List<string> mounted, CancellationToken ct)
    {
        try
        {
            await foreach (var e in engine.EventsAsync(new EventFilter { Since = DateTimeOffset.UtcNow }, ct))
            {
                // the engine says "create" again when a container mounts the volume: one tmpfs only
                if (e is { Type: "volume", Action: "create" } && e.ActorId.StartsWith("cb-backing-full-", StringComparison.Ordinal) && mounted.Count == 0)
                {
                    var folder = await engine.Volumes.MountpointAsync(e.ActorId, ct);
                    Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder);
                    mounted.Add(folder);
                }
                else if (e is { Type: "container", Action: "destroy" } && e.Attributes.TryGetValue("name", out var name) && name.StartsWith("cb-backing-full-", StringComparison.Ordinal))
                {
                    mounted.ForEach(m => Run("umount", "-l", m));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the run is over
        }
        finally
        {
            // a run that failed before removing its container leaves the tmpfs to this
            mounted.ForEach(m => Run("umount", "-l", m));
        }
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        process.WaitForExit();
    }
}
