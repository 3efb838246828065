using ChaosBench.BenchShared;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.FaultBench;

// Request-to-dead of a SIGKILL to every process of a container: through the engine's API vs straight through the
// kernel, interleaved in one run. Exit codes: 0 measured (a missed target is a finding), 1 could not measure,
// 2 bad usage, 130 interrupted.
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
    Console.Error.WriteLine("fault bench: freezing a container's cgroup needs root; fix: run bench/faults.sh as root");
    return 1;
}

using var interruption = new Interruption();
var ct = interruption.Token;

var runId = $"fault-bench-{Guid.NewGuid().ToString("N")[..6]}";
using var engine = new DockerEngine();
try
{
    await engine.PingAsync(ct);

    // As every harness start does: what killed runs left behind goes first.
    await new Sweeper(engine).RemoveOrphansAsync(ct);
    await using var run = new RunResources(engine, runId);
    if (engine.Endpoint.Scheme != "unix")
    {
        throw new BenchFailedException($"the old client spoke to unix sockets here, and the engine is at {engine.Endpoint}; fix: run it beside a local engine on its socket");
    }

    using var old = new OldClient(Uri.UnescapeDataString(engine.Endpoint.AbsolutePath));
    var testbed = new Testbed(run, options.Processes, old);
    await testbed.CheckAsync(ct);
    Console.Error.WriteLine($"fault bench: run {runId}, {options.Trials} kills per path, {options.Processes} processes per container...");
    // One kill per path first, not counted: the first call of each path pays for compiling it (JIT), once per process.
    var (warmEngine, warmDirect, warmOld) = (await testbed.StartAsync(ct), await testbed.StartAsync(ct), await testbed.StartAsync(ct));
    await testbed.KillThroughEngineAsync(warmEngine, ct);
    await testbed.KillDirectAsync(warmDirect, ct);
    await testbed.KillThroughOldClientAsync(warmOld, ct);
    foreach (var id in new[] { warmEngine, warmDirect, warmOld })
    {
        await testbed.RemoveAsync(id, ct);
    }

    var load = LoadAverage.Now();
    var trials = new List<Trial>();
    for (var i = 0; i < options.Trials; i++)
    {
        // All three containers are up before any kill; the order rotates so that drift falls on every path alike.
        var ids = new[] { await testbed.StartAsync(ct), await testbed.StartAsync(ct), await testbed.StartAsync(ct) };
        Func<string, CancellationToken, Task<Trial>>[] paths = [testbed.KillThroughEngineAsync, testbed.KillDirectAsync, testbed.KillThroughOldClientAsync];
        for (var p = 0; p < paths.Length; p++)
        {
            trials.Add(await paths[(p + i) % paths.Length](ids[p], ct));
        }

        foreach (var id in ids)
        {
            await testbed.RemoveAsync(id, ct);
        }
        if ((i + 1) % 10 == 0)
        {
            Console.Error.WriteLine($"fault bench: {i + 1} of {options.Trials}");
        }
    }

    ResultTable.Print(Console.Out, options, trials, (load, LoadAverage.Now()), await engine.VersionAsync(ct));
    return 0;
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine("fault bench: interrupted; removed its containers");
    return 130;
}
catch (Exception e) when (e is BenchFailedException or EngineException)
{
    Console.Error.WriteLine($"fault bench: {e.Message}");
    return 1;
}
