using ChaosBench.Checkers;
using ChaosBench.Checkers.Log;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers;

/// <summary><c>log</c> with <c>after</c>: only lines stamped at or after that offset from the run's start count.</summary>
public sealed class LogCheckerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void Check_After_CountsOnlyLinesStampedAtOrAfterTheOffset()
    {
        // Given a matching line 5 s into the run, one at exactly 20 s and one at 25 s
        var input = Input(Stamped(5, "Replaced metadata of peer 1"), Stamped(20, "Replaced metadata of peer 2"), Stamped(25, "Replaced metadata of peer 3"));

        // When at most 2 matches are allowed after 20 s
        var verdict = new LogChecker().Check(Log(atMost: 2, after: TimeSpan.FromSeconds(20)), input);

        // Then the line before the offset is left out and the other two count
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That((verdict.Evidence["matches"], verdict.Evidence["lines-before-offset"]), Is.EqualTo((2, 1)));
        Assert.That(verdict.Summary, Does.Contain("from 20s on"));
    }

    [Test]
    public void Check_AfterWithLineStampedLater_FailsOnThatLine()
    {
        // Given one matching line before the offset and one after it
        var input = Input(Stamped(5, "Replaced metadata of peer 1"), Stamped(30, "Replaced metadata of peer 2"));

        // When none may match after 20 s
        var verdict = new LogChecker().Check(Log(atMost: 0, after: TimeSpan.FromSeconds(20)), input);

        // Then the later line fails it
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Evidence["examples"], Is.EqualTo(new[] { $"etcd-1: {Stamped(30, "Replaced metadata of peer 2")}" }));
    }

    [Test]
    public void Check_AfterWithUnstampedLine_CountsIt()
    {
        // Given a matching line with no stamp
        var input = Input("Replaced metadata of peer 1");

        // When at least one must match after 20 s
        var verdict = new LogChecker().Check(Log(atMost: null, after: TimeSpan.FromSeconds(20)), input);

        // Then the unstamped line counts
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
    }

    [Test]
    public void Check_AfterWithoutTheRunsStart_IsUnknown()
    {
        // Given logs but no start time
        var input = Input(Stamped(30, "Replaced metadata of peer 1")) with { StartedAt = null };

        // When an offset is asked for
        var verdict = new LogChecker().Check(Log(atMost: 0, after: TimeSpan.FromSeconds(20)), input);

        // Then the checker cannot judge
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
    }

    private static string Stamped(int seconds, string text) => $"{Start.AddSeconds(seconds):O} O {text}";

    private static Expectation Log(int? atMost, TimeSpan after) =>
        new(new LogChecker(), new LogOptions { Service = "etcd", Pattern = "Replaced metadata of peer", AtMost = atMost, After = after });

    private static CheckInput Input(params string[] lines) => new(new History(), [])
    {
        Members = new Dictionary<string, IReadOnlyList<string>> { ["etcd"] = ["etcd-1"] },
        Logs = new Dictionary<string, IReadOnlyList<string>> { ["etcd-1"] = lines },
        StartedAt = Start,
    };
}
