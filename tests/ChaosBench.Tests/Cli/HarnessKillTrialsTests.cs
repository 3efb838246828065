using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.PowerLoss;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The harness SIGKILLed at seeded points (12 in CI, 50 from <c>bench/kill-trials.sh</c>) of a short run that makes every kind of object (network, named
/// volume, power-loss layer, paused and partitioned members): after the next start, nothing of it is left.
/// </summary>
[Category("Docker")]
[CancelAfter(1_200_000)]
public sealed partial class HarnessKillTrialsTests
{
    private const string Scenario = "tests/ChaosBench.Tests/Scenarios/Robustness/every-object.yaml";

    /// <summary>Seeds every trial's seed; printed with each trial, so a failing one can be run again alone.</summary>
    private const int MasterSeed = 20_261_124;

    /// <summary>
    /// 12 in CI; <c>bench/kill-trials.sh</c> runs the 50 of the robustness goal (<c>CHAOSBENCH_KILL_TRIALS</c>), which
    /// take six minutes: the same master seed, so CI's trials are the first 12 of those.
    /// </summary>
    private static readonly int Trials = int.TryParse(Environment.GetEnvironmentVariable("CHAOSBENCH_KILL_TRIALS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 12;

    [Test]
    public async Task Run_HarnessSigkilledAtSeededPoints_NextStartLeavesNothingOfTheRun()
    {
        // Given the run's length, measured once from the harness's start to its exit
        using var engine = TestEnvironment.Engine();
        await TestEnvironment.ImageAsync("etcd-3.4");
        var output = Directory.CreateTempSubdirectory("chaosbench-kill-trials-").FullName;
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", Scenario, "--seed", "1", "--out", output]);
        var length = clock.Elapsed;
        Assert.That(exit, Is.Zero, stderr + stdout);
        TestContext.Progress.WriteLine($"run length {length.TotalMilliseconds:0} ms; master seed {MasterSeed}");

        var seeds = new Random(MasterSeed);
        var leaks = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            // When the harness is SIGKILLed at a point the trial's seed picks, from its start to its exit
            var seed = seeds.Next();
            var delay = TimeSpan.FromMilliseconds(new Random(seed).NextDouble() * length.TotalMilliseconds);
            var left = await TrialAsync(engine, seed, delay, output);
            var line = $"trial {trial}: seed {seed}, SIGKILL at {delay.TotalMilliseconds:0} ms: {(left.Count == 0 ? "nothing left" : string.Join("; ", left))}";
            TestContext.Progress.WriteLine(line);
            if (left.Count > 0)
            {
                leaks.Add(line);
            }
        }

        // Then no trial left anything behind once the next harness had started
        Assert.That(leaks, Is.Empty);
        Directory.Delete(output, recursive: true);
    }

    /// <summary>One trial: start, kill at <paramref name="delay"/>, start the next harness; returns what is left.</summary>
    private static async Task<List<string>> TrialAsync(IContainerEngine engine, int seed, TimeSpan delay, string output)
    {
        using var harness = CliProcess.Start(["run", Scenario, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", output]);
        var stdout = harness.StandardOutput.ReadToEndAsync();
        var stderr = harness.StandardError.ReadToEndAsync();
        var owner = $"{RunLabels.Owner}={harness.Id}@{Environment.MachineName}";
        await Task.Delay(delay);
        harness.Kill();
        await harness.WaitForExitAsync();
        var runId = RunId().Match(await stderr + await stdout) is { Success: true } m ? m.Groups[1].Value : null;

        // What iptables could refer to: the run's bridges and its members' addresses, taken before the sweep removes them
        var bridges = (await engine.Networks.ListAsync(owner)).Select(n => "br-" + n.Id[..12]).ToList();
        var addresses = new List<string>();
        foreach (var container in await engine.Containers.ListAsync(owner))
        {
            addresses.AddRange(await AddressesAsync(engine, container.Id));
        }

        var (exit, _, sweepErr) = await CliProcess.RunAsync(["images", "list"]);
        var left = new List<string>();
        if (exit != 0)
        {
            left.Add($"the next start exited {exit}: {sweepErr}");
        }

        var containers = await engine.Containers.ListAsync(owner);
        left.AddRange(containers.Select(c => $"container {c.Name} ({c.State.Status})"));
        left.AddRange(containers.Where(c => c.State.Paused).Select(c => $"paused container {c.Name}"));
        left.AddRange((await engine.Networks.ListAsync(owner)).Select(n => $"network {n.Name}"));
        left.AddRange((await engine.Volumes.ListAsync(owner)).Select(v => $"volume {v.Name}"));
        left.AddRange(LayerMounts(runId));
        if (runId is not null && Directory.Exists(Path.Combine(RunMounts.Root, runId)))
        {
            left.Add($"mount directory of {runId}");
        }

        left.AddRange(await IptablesRulesAsync(bridges, addresses));
        return left;
    }

    private static async Task<IEnumerable<string>> AddressesAsync(IContainerEngine engine, string id)
    {
        try
        {
            return (await engine.Containers.InspectAsync(id)).NetworkAddresses.Values.Where(a => a.Length > 0);
        }
        catch (EngineNotFoundException)
        {
            return [];
        }
    }

    /// <summary>Power-loss layers of the run still mounted (its mount points are under its own directory).</summary>
    private static List<string> LayerMounts(string? runId) => runId is null ? [] :
        File.ReadLines("/proc/self/mountinfo")
            .Where(l => l.Contains(" - " + PowerLossMount.FileSystemType + " ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[4])
            .Where(p => p.StartsWith(Path.Combine(RunMounts.Root, runId) + "/", StringComparison.Ordinal))
            .Select(p => $"FUSE mount {p}").ToList();

    /// <summary>Rules that name one of the run's bridges or member addresses, which the engine drops with the network.</summary>
    private static async Task<List<string>> IptablesRulesAsync(IReadOnlyList<string> bridges, IReadOnlyList<string> addresses)
    {
        if (bridges.Count == 0 && addresses.Count == 0)
        {
            return [];
        }

        using var save = Process.Start(new ProcessStartInfo("iptables-save") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var rules = await save.StandardOutput.ReadToEndAsync();
        await save.WaitForExitAsync();
        return rules.Split('\n')
            .Where(r => bridges.Any(b => r.Contains(b, StringComparison.Ordinal))
                || addresses.Any(a => Regex.IsMatch(r, $@"(?<![\d.]){Regex.Escape(a)}(?![\d])")))
            .Select(r => $"iptables rule '{r}'").ToList();
    }

    [GeneratedRegex(@"run (\S+), seed")]
    private static partial Regex RunId();
}
