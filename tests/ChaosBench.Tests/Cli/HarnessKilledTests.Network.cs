using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Network.Partitions;

namespace ChaosBench.Tests.Cli;

/// <summary>A harness killed while a partition's iptables rules are drawn and a link's proxy forwards.</summary>
public sealed partial class HarnessKilledTests
{
    private const string PartitionedScenario = """
        name: killed-partitioned-linked
        duration: 60s
        services:
          etcd:
            image: recipe:etcd-3.4
            replicas: 3
            cluster: etcd
        workload: { kind: etcd-kv, target: etcd, clients: 2, rate: 20/s }
        faults:
          - at: 1s
            partition: { from: etcd-1, to: etcd-2, for: 50s }
          - at: 1s
            latency: { target: etcd, latency: 20ms, for: 50s }
        """;

    [Test]
    public async Task Run_HarnessSigkilledWithPartitionAndLinkProxy_NextStartLeavesNoRuleNoProxy()
    {
        // Given a harness whose partition is drawn (a CB- chain in etcd-2's namespace) and whose link proxies forward
        using var engine = TestEnvironment.Engine();
        await TestEnvironment.ImageAsync("etcd-3.4");
        var dir = Directory.CreateTempSubdirectory("chaosbench-killed-").FullName;
        var file = Path.Combine(dir, "partitioned.yaml");
        await File.WriteAllTextAsync(file, PartitionedScenario);
        var hostBefore = HostChains();
        using var harness = CliProcess.Start(["run", file, "--seed", "7", "--out", dir]);
        var owner = await WaitForContainersAsync(engine, harness);

        // (Its progress so far waits in the pipe: read from here on, once the helper above no longer reads stderr.)
        var lines = new ConcurrentQueue<string>();
        harness.ErrorDataReceived += (_, e) => lines.Enqueue(e.Data ?? string.Empty);
        harness.BeginErrorReadLine();
        await WaitForLinesAsync(harness, lines, @"\] partition ", @"\] latency ");
        var ports = lines.Select(l => Listening().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var runId = (await engine.Containers.ListAsync(owner)).First().Labels[RunLabels.Run];
        var chain = IptablesScript.Chain(runId, 0);
        var prefix = chain[..(chain.LastIndexOf('-') + 1)];
        Assert.That(ports, Is.Not.Empty, "the links' proxies are listening");
        Assert.That(ports, Has.All.Matches<int>(Accepts), "the links' proxies accept while the harness runs");
        Assert.That(await ChainsOfAsync(engine, RunLabels.Run, prefix), Is.Not.Empty, "the partition's chain is drawn while the harness runs");

        harness.Kill();
        await harness.WaitForExitAsync();

        // When the next harness starts
        var (exit, _, stderr) = await CliProcess.RunAsync(["images", "list"]);

        // Then nothing of the killed run is left: no container, no network, no chain of its in any namespace that
        // survives (members of other runs, and the host, where rules are never drawn), no proxy listening
        Assert.That(exit, Is.Zero, stderr);
        Assert.That(stderr, Does.Contain("swept what an earlier, killed run left behind"));
        Assert.That(await engine.Containers.ListAsync(owner), Is.Empty);
        Assert.That(await engine.Networks.ListAsync(owner), Is.Empty);
        Assert.That(await ChainsOfAsync(engine, RunLabels.Run, prefix), Is.Empty);
        Assert.That(HostChains().Except(hostBefore).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)), Is.Empty);
        Assert.That(ports, Has.None.Matches<int>(Accepts));
        TestContext.Out.WriteLine($"run {runId}: chain {prefix}* drawn, proxies at {string.Join(", ", ports)}; after the next start none left");
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>Waits until the harness has printed a line matching each pattern (its progress goes to stderr).</summary>
    private static async Task WaitForLinesAsync(Process harness, ConcurrentQueue<string> lines, params string[] patterns)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!patterns.All(p => lines.Any(l => Regex.IsMatch(l, p))))
        {
            Assert.That(harness.HasExited, Is.False, "the harness ended early: " + string.Join('\n', lines));
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the faults never came: " + string.Join('\n', lines));
            await Task.Delay(100);
        }
    }

    /// <summary>The chains starting with <paramref name="prefix"/> in the namespaces of the running containers carrying <paramref name="label"/>.</summary>
    private static async Task<List<string>> ChainsOfAsync(IContainerEngine engine, string label, string prefix)
    {
        var shell = new NsenterShell(engine);
        var found = new List<string>();
        foreach (var container in (await engine.Containers.ListAsync(label)).Where(c => c.State.Running))
        {
            try
            {
                var listed = await shell.RunAsync(container.Id, new PartitionerOptions().Iptables + " -S", CancellationToken.None);
                found.AddRange(Chains(listed.Stdout).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Select(c => $"{container.Name}: {c}"));
            }
            catch (EngineNotFoundException)
            {
                // Removed since it was listed (another run's teardown): no namespace left to hold anything.
            }
        }

        return found;
    }

    /// <summary>The host's own chains, in both iptables flavours.</summary>
    private static List<string> HostChains() =>
        new[] { "iptables-nft", "iptables-legacy" }.SelectMany(iptables =>
        {
            using var process = Process.Start(new ProcessStartInfo(iptables, "-S") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return Chains(output);
        }).ToList();

    private static IEnumerable<string> Chains(string rules) => rules.Split('\n').Where(l => l.StartsWith("-N ", StringComparison.Ordinal)).Select(l => l[3..].Trim());

    private static bool Accepts(int port)
    {
        using var probe = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"listening at 127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();
}
