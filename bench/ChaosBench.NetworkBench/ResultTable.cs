using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ChaosBench.NetworkBench;

/// <summary>
/// The variants as a Markdown table, then the proxy's added latency and throughput against issue 22's goals, then what
/// the yardstick (a minimal C forwarder) adds, when it ran.
/// </summary>
internal static class ResultTable
{
    public const double AddedP50GoalMicroseconds = 100;
    public const double AddedP99GoalMicroseconds = 1000;
    public const double ThroughputGoal = 0.9;

    public static void Print(TextWriter output, BenchOptions options, IReadOnlyList<RoundResult> rounds, (double Start, double End) load)
    {
        var direct = Summary.Of(rounds.Where(r => r.Variant == Program.Direct).ToList());
        var proxied = Summary.Of(rounds.Where(r => r.Variant == Program.Proxied).ToList());
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"etcd 3.4 puts (100-byte values) through its JSON gateway, data on tmpfs; {options.Rate:N0} puts/s offered over {options.Connections} kept-alive " +
            $"HTTP/1.1 connections, {options.Rounds} × {options.Round.TotalSeconds:0.###} s rounds per variant, alternating, after {options.Warmup.TotalSeconds:0.###} s warm-up each; " +
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} CPUs, load average {load.Start:0.0} at the start, {load.End:0.0} at the end"));
        output.WriteLine();
        output.WriteLine("| variant | path | puts | puts/s | p50 µs | p90 µs | p99 µs | allocated B/put |");
        output.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|");
        Row(output, Program.Direct, "client → etcd", direct);
        Row(output, Program.Proxied, "client → proxy (no toxic) → etcd", proxied);
        var yardstick = rounds.Any(r => r.Variant == Program.Yardstick) ? Summary.Of(rounds.Where(r => r.Variant == Program.Yardstick).ToList()) : null;
        if (yardstick is not null)
        {
            Row(output, Program.Yardstick, "client → C epoll forwarder → etcd", yardstick);
        }

        output.WriteLine();

        var addedP50 = proxied.P50 - direct.P50;
        var addedP99 = proxied.P99 - direct.P99;
        var throughput = proxied.PutsPerSecond / direct.PutsPerSecond;
        output.WriteLine("| goal | measured | target | |");
        output.WriteLine("|---|--:|--:|---|");
        Goal(output, "added p50", $"{addedP50:0} µs", $"≤ {AddedP50GoalMicroseconds:0} µs", addedP50 <= AddedP50GoalMicroseconds);
        Goal(output, "added p99", $"{addedP99:0} µs", $"≤ {AddedP99GoalMicroseconds:0} µs", addedP99 <= AddedP99GoalMicroseconds);
        Goal(output, "throughput, proxied / direct", $"{throughput:0.00}×", $"≥ {ThroughputGoal}×", throughput >= ThroughputGoal);
        output.WriteLine();
        output.WriteLine(Text($"The proxy's own allocation: {Math.Round(proxied.AllocatedPerPut - direct.AllocatedPerPut) + 0.0:0} B per put (proxied minus direct; the rest is the load generator's timers)."));
        output.WriteLine();
        output.WriteLine(yardstick is null
            ? "No yardstick: bench/network.sh found no C compiler (cc) to build Yardstick/forwarder.c."
            : Text($"Yardstick: a minimal C forwarder (one thread, one wake-up per chunk, no toxic) adds {yardstick.P50 - direct.P50:0} µs at p50 and {yardstick.P99 - direct.P99:0} µs at p99, what any user-space hop costs here; the proxy adds {proxied.P50 - yardstick.P50:0} µs at p50 beyond it."));
    }

    private static void Row(TextWriter output, string variant, string path, Summary s) =>
        output.WriteLine(Text($"| {variant} | {path} | {s.Puts:N0} | {s.PutsPerSecond:N0} | {s.P50:0} | {s.P90:0} | {s.P99:0} | {s.AllocatedPerPut:0} |"));

    private static void Goal(TextWriter output, string what, string measured, string target, bool met) =>
        output.WriteLine($"| {what} | {measured} | {target} | {(met ? "met" : "NOT MET")} |");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A variant over all its rounds: latencies in µs by nearest rank over every put.</summary>
    private sealed record Summary(long Puts, double PutsPerSecond, double P50, double P90, double P99, double AllocatedPerPut)
    {
        public static Summary Of(IReadOnlyList<RoundResult> rounds)
        {
            var all = rounds.SelectMany(r => r.Latencies).Order().ToArray();
            var seconds = rounds.Sum(r => r.Elapsed.TotalSeconds);
            double Rank(double q) => all.Length == 0 ? double.NaN : all[Math.Clamp((int)Math.Ceiling(q * all.Length) - 1, 0, all.Length - 1)] * 1e6 / Stopwatch.Frequency;
            return new Summary(all.Length, all.Length / seconds, Rank(0.5), Rank(0.9), Rank(0.99), (double)rounds.Sum(r => r.AllocatedBytes) / Math.Max(1, all.Length));
        }
    }
}
