using ChaosBench.Cli;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Cli;

public sealed class ParallelRunsTests
{
    [TestCase(1)]
    [TestCase(3)]
    public async Task RunAsync_SixItems_AtMostNAtOnceReachingNAndOutcomesInOrder(int parallel)
    {
        // Given six items, each holding its slot until N of them have started (or a short while)
        var running = 0;
        var peak = 0;
        var started = 0;
        var outcomes = new[] { Outcome.Passed, Outcome.Failed, Outcome.Passed, Outcome.Errored, Outcome.Passed, Outcome.Failed };

        // When they run N at once
        var result = await ParallelRuns.RunAsync([0, 1, 2, 3, 4, 5], parallel, async i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            Interlocked.Increment(ref started);
            var until = DateTime.UtcNow.AddSeconds(2);
            while (Volatile.Read(ref started) < Math.Min(parallel * ((i / parallel) + 1), 6) && DateTime.UtcNow < until)
            {
                await Task.Delay(5);
            }

            Interlocked.Decrement(ref running);
            return outcomes[i];
        });

        // Then never more than N ran at once, N did, and each outcome sits at its item's place
        Assert.That(peak, Is.EqualTo(parallel));
        Assert.That(result, Is.EqualTo(outcomes));
    }

    [Test]
    public async Task RunAsync_OneRunAborted_NoLaterRunStarts()
    {
        // Given five items run two at once, the first of which is aborted (Ctrl-C) after the second has started
        var started = new List<int>();
        var secondStarted = new TaskCompletionSource();

        // When they run
        var result = await ParallelRuns.RunAsync([0, 1, 2, 3, 4], 2, async i =>
        {
            lock (started)
            {
                started.Add(i);
            }

            if (i == 1)
            {
                secondStarted.SetResult();
                return Outcome.Passed;
            }

            await secondStarted.Task;
            return i == 0 ? Outcome.Aborted : Outcome.Passed;
        });

        // Then the aborted one stops the rest: whatever started after it never ran to an outcome of its own making
        Assert.That(result, Does.Contain(Outcome.Aborted));
        Assert.That(started, Is.EquivalentTo(new[] { 0, 1 }));
        Assert.That(ScenarioExecution.ExitCode(result), Is.EqualTo(ExitCodes.Aborted));
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task RunAsync_OneRunThrows_ThatOneErroredAndTheOthersRun(int parallel)
    {
        // Given four items, the second of which throws (its run folder could not be written, say)
        var told = new List<(int, string)>();

        // When they run
        var result = await ParallelRuns.RunAsync([0, 1, 2, 3], parallel, async i =>
        {
            await Task.Yield();
            return i == 1 ? throw new IOException("No space left on device") : Outcome.Passed;
        }, (i, e) =>
        {
            lock (told)
            {
                told.Add((i, e.Message));
            }
        });

        // Then that one is errored and said so, every other one ran, and the exit code is errored's
        Assert.That(result, Is.EqualTo(new[] { Outcome.Passed, Outcome.Errored, Outcome.Passed, Outcome.Passed }));
        Assert.That(told, Is.EqualTo(new[] { (1, "No space left on device") }));
        Assert.That(ScenarioExecution.ExitCode(result), Is.EqualTo(ExitCodes.Errored));
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void RunAsync_ParallelBelowOne_Throws(int parallel)
    {
        // Given / When / Then: fewer than one run at a time is a programming error, never a silent sequential run
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ParallelRuns.RunAsync([1], parallel, _ => Task.FromResult(Outcome.Passed)));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
