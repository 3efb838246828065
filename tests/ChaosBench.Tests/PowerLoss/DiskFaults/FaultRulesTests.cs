using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.DiskFaults;
using Microsoft.Extensions.Time.Testing;

namespace ChaosBench.Tests.PowerLoss.DiskFaults;

/// <summary>The disk-fault hook every read, write, fsync and open of a layer passes through.</summary>
public sealed class FaultRulesTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void Before_NoFault_LetsEveryCallThrough()
    {
        var rules = new FaultRules(_time);
        long bytes = 10;

        Assert.That(rules.Before(IoCalls.Write, "/f", ref bytes), Is.Zero);
        Assert.That(bytes, Is.EqualTo(10));
    }

    [TestCase(null, "/any/file", true)]
    [TestCase("/pg_wal", "/pg_wal", true)]
    [TestCase("/pg_wal", "/pg_wal/000001", true)]
    [TestCase("/pg_wal", "/pg_wal2/000001", false)]
    [TestCase("/pg_wal/000001", "/pg_wal/000002", false)]
    public void Before_PathScope_OnlyCoveredCallsFail(string? scope, string path, bool fails)
    {
        var rules = new FaultRules(_time);
        rules.Add(new IoError { Path = scope }, new Random(1));
        long bytes = 0;

        Assert.That(rules.Before(IoCalls.Read, path, ref bytes), Is.EqualTo(fails ? -Errno.EIo : 0));
    }

    [Test]
    public void IoError_SomeCallsWithANamedErrno_OthersPassAndTheReportSaysWhen()
    {
        var rules = new FaultRules(_time);
        var id = rules.Add(new IoError { Calls = IoCalls.Fsync, Errno = Errno.ERoFs }, new Random(1));
        long bytes = 0;

        var read = rules.Before(IoCalls.Read, "/f", ref bytes);
        var fsync = rules.Before(IoCalls.Fsync, "/f", ref bytes);

        Assert.That((read, fsync), Is.EqualTo((0, -Errno.ERoFs)));
        var report = rules.Report(id);
        Assert.That((report.Calls, report.Failed, report.FirstFailureAt), Is.EqualTo((1L, 1L, (DateTimeOffset?)_time.GetUtcNow())));
        Assert.That(report.ToString(), Is.EqualTo("io-error EROFS on fsync: 1 of 1 calls failed (first at 10:00:00.000 UTC)"));
    }

    [Test]
    public void IoError_Probability_TheSameSeedFailsTheSameCalls()
    {
        static string Failures(int seed)
        {
            var rules = new FaultRules(TimeProvider.System);
            rules.Add(new IoError { Probability = 0.3 }, new Random(seed));
            long bytes = 0;
            return string.Concat(Enumerable.Range(0, 200).Select(_ => rules.Before(IoCalls.Write, "/f", ref bytes) == 0 ? '.' : 'x'));
        }

        var first = Failures(7);

        Assert.That(Failures(7), Is.EqualTo(first), "a seed replays its choices");
        Assert.That(first.Count(c => c == 'x'), Is.InRange(30, 90), "about three calls in ten fail");
        Assert.That(Failures(8), Is.Not.EqualTo(first));
    }

    [Test]
    public void DiskFull_AfterBytes_TheCrossingWriteIsCutShortThenEverythingIsRefused()
    {
        var rules = new FaultRules(_time);
        rules.Add(new DiskFull { AfterBytes = 100 }, new Random(1));
        long first = 60, crossing = 60, after = 1;

        Assert.That(rules.Before(IoCalls.Write, "/f", ref first), Is.Zero);
        Assert.That(rules.Before(IoCalls.Write, "/f", ref crossing), Is.Zero);
        Assert.That(crossing, Is.EqualTo(40), "only what still fits");
        Assert.That(rules.Before(IoCalls.Write, "/f", ref after), Is.EqualTo(-Errno.ENoSpc));
        Assert.That(rules.Before(IoCalls.Read, "/f", ref after), Is.Zero, "reads go on");
    }

    [Test]
    public void Remove_FaultCleared_CallsPassAgainAndTheReportEnds()
    {
        var rules = new FaultRules(_time);
        var id = rules.Add(new DiskFull(), new Random(1));
        long bytes = 1;
        rules.Before(IoCalls.Write, "/f", ref bytes);

        var report = rules.Remove(id);

        Assert.That(rules.Before(IoCalls.Write, "/f", ref bytes), Is.Zero);
        Assert.That(report.Ended, Is.True);
        Assert.That(report.ToString(), Does.StartWith("disk-full: 1 of 1 writes refused with ENOSPC").And.EndWith("; ended"));
        Assert.That(rules.Report(id), Is.EqualTo(report), "an ended fault still reports");
    }

    [Test]
    public void SlowIo_CoveredCall_WaitsOnTheLayersClock()
    {
        var rules = new FaultRules(_time);
        var id = rules.Add(new SlowIo { Calls = IoCalls.Read, Delay = TimeSpan.FromSeconds(5) }, new Random(1));
        long bytes = 0;

        var call = Task.Run(() => rules.Before(IoCalls.Read, "/f", ref bytes));
        SpinWait.SpinUntil(() => rules.Report(id).Delayed == 1, TimeSpan.FromSeconds(10));
        Assert.That(call.IsCompleted, Is.False, "waiting for the clock");
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.That(call.Wait(TimeSpan.FromSeconds(10)), Is.True);
        Assert.That(rules.Report(id).ToString(), Is.EqualTo("slow-io on read: 1 of 1 calls delayed, 5 s in all"));
    }

    [Test]
    public void EndReorders_ACut_ReorderEndsOthersStay()
    {
        var rules = new FaultRules(_time);
        var reorder = rules.Add(new Reorder { Path = "/wal" }, new Random(1));
        var error = rules.Add(new IoError(), new Random(1));
        Assert.That(rules.ReorderOf("/wal/1"), Is.Not.Null);

        rules.EndReorders();

        Assert.That(rules.ReorderOf("/wal/1"), Is.Null);
        Assert.That((rules.Report(reorder).Ended, rules.Report(error).Ended), Is.EqualTo((true, false)));
    }

    [Test]
    public void Add_InvalidOptions_EveryProblemInOneMessage()
    {
        var rules = new FaultRules(_time);

        var e = Assert.Throws<ArgumentException>(() => rules.Add(new IoError { Path = "pg_wal/", Calls = IoCalls.None, Probability = 1.5 }, new Random(1)));

        Assert.That(e!.Message, Does.Contain("path 'pg_wal/' must start with '/'").And.Contain("calls must be some of").And.Contain("probability 1.5 is not in (0, 1]"));
    }

    [Test]
    public void Report_UnknownId_SaysSo() =>
        Assert.Throws<ArgumentException>(() => new FaultRules(_time).Report(3));
}
