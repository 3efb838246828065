using System.Globalization;
using ChaosBench.BenchShared;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Docker;
using ChaosBench.NetworkBench;
using ChaosBench.NetworkBench.Yardstick;

// The fault proxy's cost with no toxic, side by side with a direct connection, in one run, at a fixed offered rate of
// small etcd puts. Exit codes: 0 measured (a missed goal is a finding), 1 could not measure, 2 bad usage, 130 interrupted.
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

using var interruption = new Interruption();
var ct = interruption.Token;
var runId = $"network-bench-{Guid.NewGuid().ToString("N")[..6]}";
using var engine = new DockerEngine();
try
{
    await engine.PingAsync(ct);
    await new Sweeper(engine).RemoveOrphansAsync(ct);
    await using var testbed = new Testbed(engine, runId);
    Console.Error.WriteLine($"network bench: run {runId}, starting etcd...");
    var etcd = await testbed.StartAsync(ct);
    var direct = await OpenLoad.OpenAsync(Program.Direct, etcd, options, ct);
    var proxied = await OpenLoad.OpenAsync(Program.Proxied, testbed.Proxy!.Listening, options, ct);
    using var forwarder = options.Yardstick is { } path ? await Forwarder.StartAsync(path, etcd, ct) : null;
    OpenLoad[] loads = forwarder is null ? [direct, proxied] : [direct, proxied, await OpenLoad.OpenAsync(Program.Yardstick, forwarder.Listening, options, ct)];
    try
    {
        foreach (var load in loads)
        {
            await load.RunAsync(options.Warmup, ct);
        }

        var loadAtStart = Program.LoadAverage();
        var rounds = new List<RoundResult>();
        for (var round = 0; round < options.Rounds; round++)
        {
            // Alternating, and every other round in reverse order, so drift on a shared machine falls on all alike.
            foreach (var load in round % 2 == 0 ? loads : loads.Reverse())
            {
                rounds.Add(await load.RunAsync(options.Round, ct));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"network bench: round {round + 1} {rounds[^1].Variant}: {rounds[^1].PutsPerSecond:N0} puts/s"));
            }
        }

        ResultTable.Print(Console.Out, options, rounds, (loadAtStart, Program.LoadAverage()));
    }
    finally
    {
        foreach (var load in loads)
        {
            load.Close();
        }
    }

    return 0;
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine("network bench: interrupted; removed its proxy, yardstick, container and network");
    return 130;
}
catch (Exception e) when (e is BenchFailedException or EngineException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine($"network bench: {e.Message}");
    return 1;
}

/// <summary>The variants' names and the machine's load.</summary>
internal static partial class Program
{
    public const string Direct = "direct";
    public const string Proxied = "proxied";
    public const string Yardstick = "yardstick";

    /// <summary>The 1-minute load average: on a shared machine it says how much the figures can be trusted.</summary>
    public static double LoadAverage() =>
        double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
}
