using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>What the checker reports beyond the verdict: the window of a violation, the keys, nothing to judge, the budget.</summary>
public sealed class LinearizabilityCheckerOutcomeTests
{
    [Test]
    public void Check_ReadOfNeverWrittenValue_FailsWithTheReadAloneAsWindow()
    {
        // Given a long run of writes and reads on one key, and one read in the middle of a value nobody wrote
        var history = new RegisterHistory();
        for (var i = 0; i < 50; i++)
        {
            history.Write($"v{i}", i * 100, (i * 100) + 20, process: 0).Read(i == 30 ? "never" : $"v{i}", (i * 100) + 40, (i * 100) + 60, process: 1);
        }

        // When it is checked
        var violation = Check(history).Violation!;

        // Then the window is that read and the write of what it should have read, not the 100 operations
        Assert.That(violation.Impossible!.Value, Is.EqualTo("never"));
        Assert.That(violation.Possible, Is.EqualTo(new[] { "v30" }));
        Assert.That(violation.Lanes.SelectMany(l => l.Ops).Select(o => o.Value), Is.EquivalentTo(new[] { "v30", "never" }));
    }

    [Test]
    public void Check_StaleReadInLongHistory_WindowHoldsOnlyTheOperationsThatMatter()
    {
        // Given two clients writing in turn, a reader keeping up, and one read that returns the value before last
        var history = new RegisterHistory();
        for (var i = 0; i < 40; i++)
        {
            history.Write($"v{i}", i * 100, (i * 100) + 30, process: i % 2).Read(i == 25 ? "v23" : $"v{i}", (i * 100) + 50, (i * 100) + 70, process: 2);
        }

        // When it is checked
        var violation = Check(history).Violation!;

        // Then the impossible read, the write it should have seen, and only what lies between them are shown
        Assert.That(violation.Impossible!.Value, Is.EqualTo("v23"));
        Assert.That(violation.Possible, Is.EqualTo(new[] { "v25" }));
        Assert.That(violation.CouldHaveSeen.Single().Value, Is.EqualTo("v25"));
        Assert.That(violation.Lanes.Sum(l => l.Ops.Count), Is.LessThanOrEqualTo(4));
    }

    [Test]
    public void Check_OneOfThreeKeysStale_FailsNamingOnlyThatKey()
    {
        // Given keys a and c consistent, and b read stale
        var history = new RegisterHistory()
            .Write("1", 0, 10, key: "a").Read("1", 20, 30, key: "a")
            .Write("1", 0, 10, key: "b").Write("2", 20, 30, key: "b").Read("1", 40, 50, key: "b")
            .Write("1", 0, 10, key: "c").Read(null, 5, 8, key: "c");

        // When it is checked
        var result = Check(history);

        // Then each key was judged on its own, and only b failed
        Assert.That(result.Keys, Is.EqualTo(3));
        Assert.That(result.FailedKeys, Is.EqualTo(new[] { "b" }));
        Assert.That(result.Violation!.Key, Is.EqualTo("b"));
    }

    [Test]
    public void Check_NoRegisterOperations_Unknown()
    {
        // Given a history of set adds only
        var history = new List<Op> { new(0, TimeSpan.Zero, OpType.Invoke, 0, SetFunctions.Add, "s", "1"), new(1, TimeSpan.FromMilliseconds(1), OpType.Ok, 0, SetFunctions.Add, "s", "1") };

        // When it is checked, then there is nothing to judge, which is not a pass
        Assert.That(LinearizabilityChecker.Check(history, new LinearizabilityOptions(), CancellationToken.None).Outcome, Is.EqualTo(LinearizabilityOutcome.Unknown));
    }

    [Test]
    public void Check_BudgetRunsOut_UnknownNeverPassed()
    {
        // Given a linearizable history and a clock on which every look is an hour later than the last
        var history = new RegisterHistory().Write("1", 0, 10).Read("1", 20, 30).Ops();
        var options = new LinearizabilityOptions { Budget = TimeSpan.FromMinutes(30), Clock = new HourlyClock() };

        // When it is checked
        var result = LinearizabilityChecker.Check(history, options, CancellationToken.None);

        // Then the budget ran out before the key was decided, and the outcome says so
        Assert.That(result.Outcome, Is.EqualTo(LinearizabilityOutcome.Unknown));
        Assert.That(result.UndecidedKeys, Is.EqualTo(new[] { "k" }));
        Assert.That(result.Reason, Does.Contain("budget of 30m ran out"));
    }

    [Test]
    public void Check_Cancelled_Throws()
    {
        // Given a cancelled token
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var history = new RegisterHistory().Write("1", 0, 10).Ops();

        // When it is checked, then the caller's cancellation is not mistaken for a verdict
        Assert.That(() => LinearizabilityChecker.Check(history, new LinearizabilityOptions(), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static LinearizabilityResult Check(RegisterHistory history) =>
        LinearizabilityChecker.Check(history.Ops(), new LinearizabilityOptions(), CancellationToken.None);

    /// <summary>A clock that moves an hour each time it is read.</summary>
    private sealed class HourlyClock : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _now += TimeSpan.TicksPerHour;
    }
}
