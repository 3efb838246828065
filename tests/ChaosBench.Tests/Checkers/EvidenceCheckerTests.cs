using ChaosBench.Checkers;
using ChaosBench.Checkers.Availability;
using ChaosBench.Checkers.HttpStatus;
using ChaosBench.Checkers.Log;
using ChaosBench.Checkers.RefusesToStart;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers;

public sealed class EvidenceCheckerTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Members = new() { ["db"] = ["db"], ["etcd"] = ["etcd-1", "etcd-2"] };

    [Test]
    public void Availability_ErrorsSpreadThin_Passes_ConcentratedInOneSecond_Fails()
    {
        var spread = new HistoryBuilder().Write(0, "a", "1", 0, 100).Write(0, "a", "2", 200, 300).Write(0, "a", "3", 1100, 1200, OpType.Info).Write(0, "a", "4", 1300, 1400).Build();
        var burst = new HistoryBuilder().Write(0, "a", "1", 0, 100).Write(0, "a", "2", 1100, 1200, OpType.Fail).Write(0, "a", "3", 1300, 1400, OpType.Info).Build();
        var expectation = new Expectation(new AvailabilityChecker(), new AvailabilityOptions { MaxErrorRate = 0.5 });

        var passed = new AvailabilityChecker().Check(expectation, new CheckInput(spread, []));
        var failed = new AvailabilityChecker().Check(expectation, new CheckInput(burst, []));

        Assert.That(passed.Status, Is.EqualTo(VerdictStatus.Passed), passed.Summary);
        Assert.That(failed.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(failed.Evidence["worst-window-at-seconds"], Is.EqualTo(1.0));
        Assert.That(failed.Evidence["worst-error-rate"], Is.EqualTo(1.0));
    }

    [Test]
    public void Availability_StalledOperationsAcrossWindows_CountAsUnavailable()
    {
        // Given two clients frozen from 1.1 s to 4.2 s, whose operations then complete ok
        var history = new HistoryBuilder().Write(0, "a", "1", 0, 100).Write(1, "b", "1", 50, 150)
            .Write(0, "a", "2", 1100, 4200).Write(1, "b", "2", 1150, 4210).Write(0, "a", "3", 4300, 4350).Build();

        var verdict = new AvailabilityChecker().Check(new Expectation(new AvailabilityChecker(), new AvailabilityOptions { MaxErrorRate = 0.5 }), new CheckInput(history, []));

        // Then the seconds they were stuck in are fully unavailable
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["worst-error-rate"], Is.EqualTo(1.0));
        Assert.That(verdict.Evidence["windows-over-limit"], Is.EqualTo(3));
    }

    [Test]
    public void Availability_NoOperation_UnknownRatherThanFailed()
    {
        // Given a history without operations
        var verdict = new AvailabilityChecker().Check(new Expectation(new AvailabilityChecker(), new AvailabilityOptions { MaxErrorRate = 0.1 }), new CheckInput(new History(), []));

        // Then availability was neither shown nor refuted
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(verdict.Summary, Does.StartWith("no operation in any window"));
    }

    [Test]
    public void Availability_WindowWithoutOperations_UnknownNamingIt()
    {
        // Given ok operations in the first and third second, and none at all in the second
        var history = new HistoryBuilder().Write(0, "a", "1", 0, 100).Write(0, "a", "2", 2100, 2200).Build();

        // When it is judged per second
        var verdict = new AvailabilityChecker().Check(new Expectation(new AvailabilityChecker(), new AvailabilityOptions { MaxErrorRate = 0.1 }), new CheckInput(history, []));

        // Then the second that nothing was asked in is not counted as available
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown), verdict.Summary);
        Assert.That(verdict.Summary, Does.StartWith("no operation in the 1s window at +1s"));
        Assert.That(verdict.Evidence["windows-without-operations"], Is.EqualTo(1));
    }

    [Test]
    public void Availability_WindowOverLimitAndWindowWithoutOperations_Fails()
    {
        // Given a failed second, then a second without operations
        var history = new HistoryBuilder().Write(0, "a", "1", 0, 100, OpType.Fail).Write(0, "a", "2", 2100, 2200).Build();

        var verdict = new AvailabilityChecker().Check(new Expectation(new AvailabilityChecker(), new AvailabilityOptions { MaxErrorRate = 0.1 }), new CheckInput(history, []));

        // Then the deviation found is the verdict
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
    }

    [TestCase(true, null, null, 0, VerdictStatus.Passed)]
    [TestCase(true, null, null, 1, VerdictStatus.Failed)]
    [TestCase(false, 2, null, 2, VerdictStatus.Passed)]
    [TestCase(false, 2, null, 3, VerdictStatus.Failed)]
    [TestCase(false, null, null, 0, VerdictStatus.Failed)]
    [TestCase(false, null, 2, 2, VerdictStatus.Passed)]
    public void Log_CountsMatchesOverTheServicesMembers(bool absent, int? atMost, int? atLeast, int matching, VerdictStatus expected)
    {
        var lines = Enumerable.Repeat("Replaced metadata of peer 14", matching).Append("unrelated").ToList();
        var input = new CheckInput(new History(), []) { Members = Members, Logs = new Dictionary<string, IReadOnlyList<string>> { ["etcd-1"] = lines, ["other"] = ["Replaced metadata of peer 1"] } };
        var expectation = new Expectation(new LogChecker(), new LogOptions { Service = "etcd", Pattern = "Replaced metadata of peer", Absent = absent, AtMost = atMost, AtLeast = atLeast });

        var verdict = new LogChecker().Check(expectation, input);

        Assert.That(verdict.Status, Is.EqualTo(expected), verdict.Summary);
        Assert.That(verdict.Evidence["matches"], Is.EqualTo(matching));
    }

    [Test]
    public void RefusesToStart_ExitedWithMessageAndSameData_Passes()
    {
        var verdict = Refuses(notReady: true, logLine: "FATAL:  database files are incompatible with server", after: "abc");

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
    }

    [TestCase(false, "database files are incompatible with server", "abc", "became ready")]
    [TestCase(true, "something else", "abc", "never says")]
    [TestCase(true, "database files are incompatible with server", "changed", "its data changed")]
    public void RefusesToStart_AnyConditionMissing_FailsNamingIt(bool notReady, string logLine, string after, string problem)
    {
        var verdict = Refuses(notReady, logLine, after);

        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain(problem));
    }

    [Test]
    public void HttpStatus_ExpectedAfterErrors_Passes_Never_Fails()
    {
        TimelineEntry[] good = [Answer(1000, "503"), Answer(1250, "200")];
        TimelineEntry[] bad = [Answer(1000, "500"), Answer(1250, "500"), Answer(1500, "connection failed")];
        var expectation = new Expectation(new HttpStatusChecker(), new HttpStatusOptions { Url = "http://{app}/x", Is = 200 });

        var passed = new HttpStatusChecker().Check(expectation, new CheckInput(new History(), good));
        var failed = new HttpStatusChecker().Check(expectation, new CheckInput(new History(), bad));

        Assert.That(passed.Status, Is.EqualTo(VerdictStatus.Passed));
        Assert.That(failed.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(failed.Summary, Does.Contain("500 ×2"));
    }

    [Test]
    public void HttpStatus_ListedUnderNeverBeforeTheExpected_Fails()
    {
        // Given a URL that answered 503 once before answering 200, and 503 listed under never
        TimelineEntry[] answers = [Answer(1000, "503"), Answer(1250, "200")];
        var expectation = new Expectation(new HttpStatusChecker(), new HttpStatusOptions { Url = "http://{app}/x", Is = 200, Never = [500, 502, 503] });

        // When it is checked
        var verdict = new HttpStatusChecker().Check(expectation, new CheckInput(new History(), answers));

        // Then the forbidden answer fails it, counted in the evidence
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Does.Contain("answered 503, listed under never"));
        Assert.That(verdict.Evidence["forbidden"], Is.EqualTo(1));
    }

    private static TimelineEntry Answer(int ms, string code) => new(TimeSpan.FromMilliseconds(ms), TimelineKinds.HttpStatus, "http://{app}/x", code);

    private static Verdict Refuses(bool notReady, string logLine, string after)
    {
        var t = TimeSpan.FromSeconds(1);
        var timeline = new List<TimelineEntry>
        {
            new(t, TimelineKinds.Fingerprint, "db", "before abc"),
            new(t, "version-hop", "db", "13 → 15"),
            new(t * 2, notReady ? TimelineKinds.NotReady : TimelineKinds.Ready, "db", notReady ? "exited 1" : "pg_isready"),
            new(t * 3, TimelineKinds.Fingerprint, "db", "after " + after),
        };
        var input = new CheckInput(new History(), timeline) { Kinds = TestKinds.All, Members = Members, Logs = new Dictionary<string, IReadOnlyList<string>> { ["db"] = [logLine] } };
        var expectation = new Expectation(new RefusesToStartChecker(), new RefusesToStartOptions { Service = "db", Log = "database files are incompatible with server", DataUntouched = true });
        return new RefusesToStartChecker().Check(expectation, input);
    }
}
