using ChaosBench.Hosting;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.NUnit;

namespace ChaosBench.QaSample;

/// <summary>A scenario built in C# inside an ordinary test, with assertions of the team's own on the run.</summary>
[Category("Docker")]
[CancelAfter(300_000)]
public sealed class RedisPauseTests
{
    [Test]
    public async Task Pause_OneSecondUnderWrites_NothingLostAndServesAgain()
    {
        // Given a Redis 7.0 under writes, frozen for a second
        var scenario = new ScenarioBuilder("qa-redis-pause", BuiltInKinds.Vocabulary)
            .Duration(TimeSpan.FromSeconds(6))
            .Service("redis", s =>
            {
                s.Image = "recipe:redis-7.0";
                s.Command = ["redis-server", "--protected-mode", "no", "--appendonly", "yes", "--appendfsync", "always"];
                s.Ready = new() { Exec = ["sh", "-c", "redis-cli ping | grep -qx PONG"] };
            })
            .Workload("redis-kv", "redis", w => { w.Clients = 2; w.Rate = 100; })
            .Fault(TimeSpan.FromSeconds(2), "pause", "redis", @for: TimeSpan.FromSeconds(1))
            .Expect("no-lost-writes")
            .Expect("recovers-within", TimeSpan.FromSeconds(5))
            .Build();

        // When it runs
        var run = await ChaosAssert.PassesAsync(scenario, new ChaosOptions { Seed = 7 });

        // Then it passed, and the pause really happened while writes were acknowledged
        Assert.That(run.Result.Record.Timeline, Has.Some.Matches<TimelineEntry>(e => e.Kind == "pause"));
        Assert.That(run.Result.Record.Verdicts[0].Evidence["acknowledged-writes"], Is.GreaterThan(100));
    }
}
