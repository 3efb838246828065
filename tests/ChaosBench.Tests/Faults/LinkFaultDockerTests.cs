using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Tests.Runner;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Tests.Faults;

/// <summary>
/// The client-link kinds measured through a real Redis in one scenario run (one container start for all of them):
/// what the workload's clients saw, taken from the history.
/// </summary>
[Category("Docker")]
[CancelAfter(180_000)]
public sealed class LinkFaultDockerTests
{
    /// <summary>The asked rate: small enough that a write's time (about 33 bytes of <c>SET</c>) is the rate's, about 80 ms, not Redis's.</summary>
    private const int Rate = 400;

    private static readonly string Scenario = $$"""
        name: link-toxics
        duration: 11s
        services:
          redis:
            image: recipe:redis-7.0
            ready: { exec: [redis-cli, ping], within: 30s }
        workload: { kind: redis-kv, target: redis, clients: 2, rate: 100/s, timeout: 700ms }
        faults:
          - at: 1s
            latency: { target: redis, latency: 200ms, for: 2500ms }
          - at: 4500ms
            reset: { target: redis, direction: up, for: 500ms }
          - at: 5500ms
            bandwidth: { target: redis, rate: {{Rate}}, direction: up, for: 2s }
          - at: 8s
            timeout: { target: redis, direction: down, for: 2s }
        expect:
          - no-lost-writes
        """;

    private RunResult _run = null!;
    private List<Write> _writes = null!;

    [OneTimeSetUp]
    public async Task RunOnce()
    {
        _run = await TestRuns.RunAsync(TestKinds.Loader.Parse(Scenario, "links.yaml"), seed: 7);
        _writes = Completed(_run.History.Ops).ToList();
    }

    [Test]
    public void Run_EveryToxic_NothingAcknowledgedLost()
    {
        Assert.That(_run.Outcome, Is.EqualTo(Outcome.Passed), $"{_run.Record.FailedStep}: {_run.Record.Reason}");
    }

    [Test]
    public void Run_Latency_WritesInsideTookTheAddedDelayAtTheMedian()
    {
        // Given 200 ms on every answer for 2.5 s; When it ran
        var (from, to) = Window(_run.Record, "latency");

        // Then the writes inside took 200 ms at the median (±20 %), while those before took far less
        var inside = Median(_writes.Where(w => w.Invoked >= from && w.Invoked + w.Took <= to && w.Type == OpType.Ok).Select(w => w.Took));
        var before = Median(_writes.Where(w => w.Invoked + w.Took < from && w.Type == OpType.Ok).Select(w => w.Took));
        TestContext.Out.WriteLine($"latency 200ms: p50 inside {inside.TotalMilliseconds:0.#}ms, before it {before.TotalMilliseconds:0.#}ms");
        Assert.That(inside.TotalMilliseconds, Is.InRange(160, 240), $"p50 inside the latency; {before.TotalMilliseconds:0.#}ms before it");
        Assert.That(before.TotalMilliseconds, Is.LessThan(40));
    }

    [Test]
    public void Run_Reset_EachWriteInsideIndeterminateWithAResetByItsPeer()
    {
        // Given a reset of every connection a request comes on for 0.5 s; When it ran
        var (from, to) = Window(_run.Record, "reset");

        // Then each write sent inside was indeterminate, the client's error a reset by its peer
        var reset = _writes.Where(w => w.Invoked >= from && w.Invoked + w.Took <= to).ToList();
        TestContext.Out.WriteLine($"reset: {reset.Count} writes inside, {reset.Count(w => w.Error == "127.0.0.1: ConnectionReset")} reset");
        Assert.That(reset, Is.Not.Empty);
        Assert.That(reset.Select(w => (w.Type, w.Error)), Is.All.EqualTo((OpType.Info, "127.0.0.1: ConnectionReset")));
        Assert.That(_run.Record.Timeline.Where(e => e.Kind == TimelineKinds.Link).Select(e => e.Detail), Has.Some.StartWith("connection-reset faults[1]"));
    }

    [Test]
    public void Run_Bandwidth_WritesInsidePassedAtTheAskedRate()
    {
        // Given each connection's requests paced to 400 bytes/s for 2 s; When it ran
        var (from, to) = Window(_run.Record, "bandwidth");

        // Then each acknowledged write inside went at 400 B/s (±20 %) at the median: its SET's bytes over its time
        var inside = _writes.Where(w => w.Invoked >= from && w.Invoked + w.Took <= to && w.Type == OpType.Ok).ToList();
        Assert.That(inside, Has.Count.GreaterThan(4), "too few writes inside the bandwidth");
        var rates = inside.Select(w => Resp.Encode(["SET", w.Key, w.Value]).Length / w.Took.TotalSeconds).Order().ToList();
        var median = rates[rates.Count / 2];
        var overall = inside.Sum(w => Resp.Encode(["SET", w.Key, w.Value]).Length) / inside.Sum(w => w.Took.TotalSeconds);
        TestContext.Out.WriteLine(
            $"bandwidth {Rate} B/s up: {inside.Count} writes, median {median:0} B/s, overall {overall:0} B/s, " +
            $"min {rates[0]:0}, max {rates[^1]:0}; median write {Median(inside.Select(w => w.Took)).TotalMilliseconds:0.#}ms");
        Assert.That(median, Is.InRange(Rate * 0.8, Rate * 1.2));
    }

    [Test]
    public void Run_Timeout_EachWriteInsideIndeterminateWithATimeout()
    {
        // Given a link whose answers stop for 2 s (held, not dropped) and clients that wait 700 ms; When it ran
        var (from, to) = Window(_run.Record, "timeout");

        // Then each write that ended inside was indeterminate, the client's error a timeout after its 700 ms
        var held = _writes.Where(w => w.Invoked >= from && w.Invoked + w.Took <= to).ToList();
        TestContext.Out.WriteLine($"timeout: {held.Count} writes inside, {held.Count(w => w.Error == "127.0.0.1: timeout")} timed out, p50 {(held.Count > 0 ? held.Select(w => w.Took).Order().ElementAt(held.Count / 2).TotalMilliseconds : 0):0.#}ms");
        Assert.That(held, Is.Not.Empty);
        Assert.That(held.Select(w => (w.Type, w.Error)), Is.All.EqualTo((OpType.Info, "127.0.0.1: timeout")));
        Assert.That(held.Select(w => w.Took.TotalMilliseconds), Is.All.InRange(650, 900), "a timeout after the client's 700 ms (its timer fires within a few ms of it), not a quick error");
    }

    [Test]
    public void Run_Ended_TheLinksProxyPortRefuses()
    {
        var listening = _run.Record.Timeline.Single(e => e.Kind == TimelineKinds.Link && e.Detail.StartsWith("listening at ", StringComparison.Ordinal)).Detail;
        var port = int.Parse(listening["listening at 127.0.0.1:".Length..].Split(',')[0], CultureInfo.InvariantCulture);
        using var probe = new Socket(SocketType.Stream, ProtocolType.Tcp);
        Assert.That(() => probe.Connect(IPAddress.Loopback, port), Throws.InstanceOf<SocketException>().With.Property(nameof(SocketException.SocketErrorCode)).EqualTo(SocketError.ConnectionRefused));
    }

    /// <summary>
    /// From the proxy's word that the fault's toxic is in place to its word that it is gone, on the run's clock, as the
    /// history's: the fault's own entry is the moment it began, a write sent right then may be answered before the
    /// toxic acts (CI saw one so, inside the timeout).
    /// </summary>
    private static (TimeSpan From, TimeSpan To) Window(RunRecord record, string kind)
    {
        var key = System.Text.RegularExpressions.Regex.Match(record.Timeline.Single(e => e.Kind == kind).Detail, @" as (faults\[\d+\])").Groups[1].Value;
        var added = record.Timeline.Single(e => e.Kind == TimelineKinds.Link && e.Detail.StartsWith($"toxic-added {key}:", StringComparison.Ordinal));
        var removed = record.Timeline.Single(e => e.Kind == TimelineKinds.Link && e.Detail.StartsWith($"toxic-removed {key}:", StringComparison.Ordinal));
        return (added.Time, removed.Time);
    }

    private static IEnumerable<Write> Completed(IReadOnlyList<Op> ops)
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
                yield return new Write(invoke.Time, op.Time - invoke.Time, op.Type, op.Error, invoke.Key!, invoke.Value!);
            }
        }
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();
        Assert.That(sorted, Has.Count.GreaterThan(4), "too few writes to take a median");
        return sorted[sorted.Count / 2];
    }

    /// <summary>A write from its invocation to its completion, with what it set.</summary>
    private sealed record Write(TimeSpan Invoked, TimeSpan Took, OpType Type, string? Error, string Key, string Value);
}
