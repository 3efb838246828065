using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ChaosBench.HarnessBench;

/// <summary>
/// Goal 3: <c>recovers-within</c>'s measurement (repair to ready) against ground truth from outside the harness: the
/// engine's <c>start</c> event for the member (a concurrent <c>docker events</c> filtered by the run label) to etcd's own
/// "ready to serve client requests" line timestamp (in the log the run captured). Goal: error ≤ 100 ms.
/// </summary>
internal static class RecoverySuite
{
    private const string Scenario = "scenarios/etcd/kill-member.yaml";
    private const string ReadyLine = "ready to serve client requests";

    public static async Task RunAsync(Cli cli, string evidence, int trials, TextWriter output, CancellationToken ct)
    {
        var rows = new List<(double Measured, double Truth, double StartOffset, double EndOffset)>();
        for (var t = 1; t <= trials; t++)
        {
            using var events = Process.Start(new ProcessStartInfo("docker", ["events", "--filter", "type=container", "--filter", "event=start", "--filter", "label=chaosbench.run", "--format", "{{json .}}"]) { RedirectStandardOutput = true })!;
            var lines = new List<string>();
            var reading = Task.Run(async () =>
            {
                while (await events.StandardOutput.ReadLineAsync(ct) is { } line)
                {
                    lines.Add(line);
                }
            }, ct);
            var (proc, records) = await cli.RunScenariosAsync([Scenario], Path.Combine(evidence, $"run-{t}"), 7 + t, ct);
            await Task.Delay(500, ct);
            events.Kill();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
            Cli.ExpectPassed(records, proc);
            var record = records[0];
            await File.WriteAllLinesAsync(Path.Combine(evidence, $"run-{t}-docker-events.jsonl"), lines, ct);
            rows.Add(Compare(record, lines));
        }

        output.WriteLine("### Recovery-time precision (goal: |recovers-within − ground truth| ≤ 100 ms)\n");
        output.WriteLine($"`{Scenario}`, seeds 8..{7 + trials}. Measured: the run's `to-ready-seconds` (from the engine confirming its repair, the member's `start`, to the readiness probe passing). " +
            "Ground truth: the engine's `start` event (`docker events`) to etcd's own `ready to serve client requests` timestamp.\n");
        output.WriteLine("| trial | measured ms | ground truth ms | error ms | confirmed − engine start ms | probe − ready line ms |");
        output.WriteLine("|---|---|---|---|---|---|");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            output.WriteLine($"| {i + 1} | {r.Measured.F("0")} | {r.Truth.F("0")} | {Math.Abs(r.Measured - r.Truth).F("0")} | {r.StartOffset.F("0")} | {r.EndOffset.F("0")} |");
        }

        var worst = rows.Max(r => Math.Abs(r.Measured - r.Truth));
        output.WriteLine($"\nWorst error {worst.F("0")} ms, median {rows.Select(r => Math.Abs(r.Measured - r.Truth)).Median().F("0")} ms (goal ≤ 100 ms): **{Extensions.Goal(worst <= 100)}**. Evidence: `{Path.GetRelativePath(cli.Repo, evidence)}`.\n");
    }

    private static (double, double, double, double) Compare(JsonNode record, List<string> events)
    {
        var runId = record["runId"]!.GetValue<string>();
        var started = DateTimeOffset.Parse(record["startedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var repair = record["verdicts"]!.AsArray().Single(v => v!["expectation"]!.GetValue<string>().StartsWith("recovers-within", StringComparison.Ordinal))!["evidence"]!["repairs"]![0]!;
        var member = repair["repair"]!.GetValue<string>().Split(' ')[^1];
        var requested = started + TimeSpan.FromSeconds(repair["at"]!.GetValue<double>());
        var effective = requested + TimeSpan.FromSeconds(repair["confirmed-after-seconds"]!.GetValue<double>());
        var measured = repair["to-ready-seconds"]!.GetValue<double>() * 1000;

        var engineStart = events.Select(e => JsonNode.Parse(e)!)
            .Where(e => e["Actor"]!["Attributes"]!["chaosbench.run"]?.GetValue<string>() == runId && e["Actor"]!["Attributes"]!["name"]!.GetValue<string>().EndsWith(member, StringComparison.Ordinal))
            .Select(e => DateTimeOffset.FromUnixTimeMilliseconds(0) + TimeSpan.FromTicks(e["timeNano"]!.GetValue<long>() / 100))
            .Where(at => at > requested - TimeSpan.FromSeconds(2))
            .DefaultIfEmpty(DateTimeOffset.MinValue).Min();
        if (engineStart == DateTimeOffset.MinValue)
        {
            throw new BenchFailedException($"{runId}: no engine start event for {member} after its repair; events seen: {events.Count}");
        }

        // A captured line: "<engine timestamp> E 2026-11-24 22:46:56.546171 I | embed: ready to serve client requests".
        var ready = File.ReadLines(Path.Combine(record["folder"]!.GetValue<string>(), "logs", $"{member}.log"))
            .Where(l => l.Contains(ReadyLine, StringComparison.Ordinal))
            .Select(l => DateTimeOffset.ParseExact(l.Split(' ', 3)[2][..26], "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            .Where(at => at >= engineStart)
            .DefaultIfEmpty(DateTimeOffset.MinValue).Min();
        if (ready == DateTimeOffset.MinValue)
        {
            throw new BenchFailedException($"{runId}: {member} logged no '{ReadyLine}' after its engine start");
        }

        var truth = (ready - engineStart).TotalMilliseconds;
        return (measured, truth, (effective - engineStart).TotalMilliseconds, (effective + TimeSpan.FromMilliseconds(measured) - ready).TotalMilliseconds);
    }
}
