using ChaosBench.BenchShared;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.PowerLoss;
using ChaosBench.PowerLossBench;

// etcd put throughput and p99 with its data directory on the power-loss layer vs a plain bind mount, in one run.
// Exit codes: 0 measured (a missed target is a finding), 1 could not measure, 2 bad usage, 130 interrupted.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine($"{e.Message}\n{BenchOptions.Usage}");
    return 2;
}

if (!Environment.IsPrivilegedProcess)
{
    Console.Error.WriteLine("power-loss bench: mounting the power-loss layer needs root; fix: run bench/power-loss.sh as root");
    return 1;
}

using var interruption = new Interruption();
var ct = interruption.Token;

var runId = $"power-loss-bench-{Guid.NewGuid().ToString("N")[..6]}";
using var engine = new DockerEngine();
try
{
    await engine.PingAsync(ct);

    // As every harness start does: what killed runs left behind (mounts, containers) goes first.
    RunMounts.SweepOrphans();
    await new Sweeper(engine).RemoveOrphansAsync(ct);

    await using var testbed = new Testbed(engine, runId);
    Console.Error.WriteLine("power-loss bench: 1 GiB written unsynced through a layer, and the idle fault hook...");
    var memory = UnsyncedMemory.Measure(testbed.ScratchLayer("memory"));
    var hook = IdleHook.Measure(testbed.ScratchLayer("hook"));
    Console.Error.WriteLine($"power-loss bench: run {runId}, starting etcd twice ({Testbed.Plain}, {Testbed.Layer})...");
    var nodes = await testbed.StartAsync(ct);
    using var load = new PutLoad(options.Clients, options.Seed, TimeProvider.System);
    var loadAtStart = LoadAverage.Now();
    var rounds = await Schedule.RunAsync(load, nodes, options, ct);
    var loadAtEnd = LoadAverage.Now();

    // etcd commits its backend every 100 ms: a second later, whatever is still unsynced, etcd never syncs.
    await Task.Delay(TimeSpan.FromSeconds(1), ct);
    ResultTable.Print(Console.Out, options, rounds, (loadAtStart, loadAtEnd), testbed.Mount!);
    LayerTable.Print(Console.Out, memory, hook);
    return 0;
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine("power-loss bench: interrupted; removed its containers, network, layer and directories");
    return 130;
}
catch (Exception e) when (e is BenchFailedException or EngineException or PowerLossException)
{
    Console.Error.WriteLine($"power-loss bench: {e.Message}");
    return 1;
}
