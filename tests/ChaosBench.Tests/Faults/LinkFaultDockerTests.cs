using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Tests.Runner;

namespace ChaosBench.Tests.Faults;

/// <summary>The client-link kinds measured through a real Redis in one scenario run: what the workload's clients saw.</summary>
[Category("Docker")]
[CancelAfter(180_000)]
public sealed class LinkFaultDockerTests
{
    private const string Scenario = """
        name: link-latency-reset
        duration: 6s
        services:
          redis:
            image: recipe:redis-7.0
            ready: { exec: [redis-cli, ping], within: 30s }
        workload: { kind: redis-kv, target: redis, clients: 2, rate: 100/s }
        faults:
          - at: 1s
            latency: { target: redis, latency: 200ms, for: 2500ms }
          - at: 4500ms
            reset: { target: redis, direction: up, for: 500ms }
        expect:
          - no-lost-writes
        """;

    [Test]
    public async Task Run_LatencyThenReset_ClientsSeeTheDelayAndTheReset()
    {
        // Given 200 ms on every answer for 2.5 s, then a reset of every connection a request comes on for 0.5 s

        // When it runs
        var result = await TestRuns.RunAsync(TestKinds.Loader.Parse(Scenario, "links.yaml"), seed: 7);

        // Then nothing acknowledged is lost, and the writes inside the latency took 200 ms at the median (±20 %),
        // measured from the history, while those outside took far less
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), $"{result.Record.FailedStep}: {result.Record.Reason}");
        var (latencyFrom, latencyTo) = Window(result.Record, "latency");
        var writes = Completed(result.History.Ops).ToList();
        var inside = Median(writes.Where(w => w.Invoked >= latencyFrom && w.Invoked + w.Took <= latencyTo && w.Type == OpType.Ok).Select(w => w.Took));
        var before = Median(writes.Where(w => w.Invoked + w.Took < latencyFrom && w.Type == OpType.Ok).Select(w => w.Took));
        Assert.That(inside.TotalMilliseconds, Is.InRange(160, 240), $"p50 inside the latency; {before.TotalMilliseconds:0.#}ms before it");
        Assert.That(before.TotalMilliseconds, Is.LessThan(40));

        // And inside the reset each write sent was indeterminate, the client's error a reset by its peer
        var (resetFrom, resetTo) = Window(result.Record, "reset");
        var reset = writes.Where(w => w.Invoked >= resetFrom && w.Invoked + w.Took <= resetTo).ToList();
        Assert.That(reset, Is.Not.Empty);
        Assert.That(reset.Select(w => (w.Type, w.Error)), Is.All.EqualTo((OpType.Info, "127.0.0.1: ConnectionReset")));
        Assert.That(result.Record.Timeline.Where(e => e.Kind == TimelineKinds.Link).Select(e => e.Detail), Has.Some.StartWith("connection-reset faults[1]"));

        // And the link's proxy is gone with the run: its port refuses
        var listening = result.Record.Timeline.Single(e => e.Kind == TimelineKinds.Link && e.Detail.StartsWith("listening at ", StringComparison.Ordinal)).Detail;
        var port = int.Parse(listening["listening at 127.0.0.1:".Length..].Split(',')[0], CultureInfo.InvariantCulture);
        using var probe = new Socket(SocketType.Stream, ProtocolType.Tcp);
        Assert.That(() => probe.Connect(IPAddress.Loopback, port), Throws.InstanceOf<SocketException>().With.Property(nameof(SocketException.SocketErrorCode)).EqualTo(SocketError.ConnectionRefused));
        TestContext.Out.WriteLine($"p50 inside the latency {inside.TotalMilliseconds:0.#}ms, before it {before.TotalMilliseconds:0.#}ms; {reset.Count} writes inside the reset");
    }

    /// <summary>From the fault's entry to its removal (<c>heal</c>), on the run's clock, as the history's.</summary>
    private static (TimeSpan From, TimeSpan To) Window(RunRecord record, string kind)
    {
        var added = record.Timeline.Single(e => e.Kind == kind);
        var removed = record.Timeline.Single(e => e.Kind == "heal" && e.Detail.Contains(added.Detail.Split(" as ")[0]["added ".Length..], StringComparison.Ordinal));
        return (added.Time, removed.Time);
    }

    private static IEnumerable<(TimeSpan Invoked, TimeSpan Took, OpType Type, string? Error)> Completed(IReadOnlyList<Op> ops)
    {
        var open = new Dictionary<int, Op>();
        foreach (var op in ops.Where(o => o.F == "write"))
        {
            if (op.Type == OpType.Invoke)
            {
                open[op.Process] = op;
            }
            else if (open.Remove(op.Process, out var invoke))
            {
                yield return (invoke.Time, op.Time - invoke.Time, op.Type, op.Error);
            }
        }
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();
        Assert.That(sorted, Has.Count.GreaterThan(4), "too few writes to take a median");
        return sorted[sorted.Count / 2];
    }
}
