using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Checkers.RecoversWithin;
using ChaosBench.Model.Records;
using ChaosBench.Testcontainers;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ChaosBench.QaSample.Testcontainers;

/// <summary>
/// A team's own Testcontainers test with ChaosBench faults and checkers and no scenario file: Redis 7.0 (AOF
/// always) built by Testcontainers, driven by the team's client through a Polly pipeline (a 300 ms timeout, then
/// retries), and paused for longer than that timeout mid-run. An <c>RPUSH</c> that timed out still lands when Redis
/// resumes, and the retry lands it again: the list holds a duplicate, which <c>no-lost-writes</c> names. A <c>SET</c>
/// of a unique key is idempotent: the same pause costs nothing there.
/// Testcontainers' reaper is off (<c>TESTCONTAINERS_RYUK_DISABLED=true</c>: no registry serves its image); the
/// session's labels put the container under the harness's cleanup instead. <c>DOCKER_API_VERSION=1.41</c> lets
/// Testcontainers speak to Docker 20.10.
/// </summary>
[Category("Docker")]
[CancelAfter(120_000)]
public sealed class RedisTestcontainersTests
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1.5);

    [OneTimeSetUp]
    public void Offline()
    {
        Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
        Environment.SetEnvironmentVariable("DOCKER_API_VERSION", Environment.GetEnvironmentVariable("DOCKER_API_VERSION") ?? "1.41");
    }

    [Test]
    public async Task Rpush_PausedLongerThanTheClientTimeout_DuplicateNamedByNoLostWrites()
    {
        // Given Redis under appends through a timeout-and-retry client, paused for longer than the timeout
        await using var chaos = new ChaosSession();
        await using var redis = await StartRedisAsync(chaos);
        var appends = await DriveAsync(chaos, redis, i => ["RPUSH", "list", $"e{i}"], ListFunctions.Append, "list", i => $"e{i}");
        var final = chaos.Recorder.Invoke(0, ListFunctions.FinalRead, "list", null);
        final.Ok(await RespClient.SendAsync(redis.Hostname, redis.GetMappedPublicPort(6379), ["LRANGE", "list", "0", "-1"], CancellationToken.None));

        // When no-lost-writes judges the recorded history
        var verdict = chaos.Check(new Expectation(new NoLostWritesChecker(), new NoLostWritesOptions()));

        // Then the element the retry landed twice is named
        Assert.That(appends, Is.GreaterThan(10));
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed), ChaosVerdicts.Describe(verdict));
        Assert.That((int)verdict.Evidence["duplicates"]!, Is.GreaterThan(0), ChaosVerdicts.Describe(verdict));
        Assert.That(verdict.Evidence["duplicate-examples"], Has.Some.Matches<string>(e => e.StartsWith("list+e", StringComparison.Ordinal)), ChaosVerdicts.Describe(verdict));
        Assert.That(chaos.Timeline.Select(e => e.Kind), Is.EqualTo(new[] { "pause", "resume", "ready" }));
    }

    [Test]
    public async Task Set_UniqueKeysPausedLikewise_NothingLostAndServesAgain()
    {
        // Given the same pause, with idempotent writes: a SET of a key of its own per operation
        await using var chaos = new ChaosSession();
        await using var redis = await StartRedisAsync(chaos);
        var writes = await DriveAsync(chaos, redis, i => ["SET", $"k{i}", $"v{i}"], KvFunctions.Write, null, i => $"v{i}");
        for (var i = 0; i < writes; i++)
        {
            var read = chaos.Recorder.Invoke(0, KvFunctions.FinalRead, $"k{i}", null);
            read.Ok(await RespClient.SendAsync(redis.Hostname, redis.GetMappedPublicPort(6379), ["GET", $"k{i}"], CancellationToken.None));
        }

        // Then nothing is lost and Redis served again soon after it resumed
        ChaosVerdicts.AssertHolds(chaos, new Expectation(new NoLostWritesChecker(), new NoLostWritesOptions()), new Expectation(new RecoversWithinChecker(), new RecoversWithinOptions { Within = TimeSpan.FromSeconds(5) }));
    }

    private static async Task<IContainer> StartRedisAsync(ChaosSession chaos)
    {
        var redis = new ContainerBuilder("chaosbench/redis:7.0")
            .WithCommand("redis-server", "--protected-mode", "no", "--appendonly", "yes", "--appendfsync", "always")
            .WithPortBinding(6379, true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilCommandIsCompleted("sh", "-c", "redis-cli ping | grep -qx PONG"))
            .WithChaosLabels(chaos)
            .Build();
        await redis.StartAsync();
        return redis;
    }

    /// <summary>
    /// One client, one operation every 50 ms, through Polly (300 ms timeout, up to 8 retries 100 ms apart); Redis
    /// paused 1 s in for <see cref="Pause"/>, then probed until it answers. Returns how many operations were invoked.
    /// </summary>
    private static async Task<int> DriveAsync(ChaosSession chaos, IContainer redis, Func<int, string[]> command, string f, string? key, Func<int, string> value)
    {
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<IOException>(), MaxRetryAttempts = 8, Delay = TimeSpan.FromMilliseconds(100) })
            .AddTimeout(TimeSpan.FromMilliseconds(300))
            .Build();
        var faults = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await chaos.PauseAsync(redis);
            await Task.Delay(Pause);
            await chaos.ResumeAsync(redis);
            await chaos.WaitReadyAsync(redis, ct => RespClient.SendAsync(redis.Hostname, redis.GetMappedPublicPort(6379), ["PING"], ct), TimeSpan.FromSeconds(10));
        });
        // Until a second after Redis was found ready again: recovers-within needs an operation that completes after it.
        var count = 0;
        for (var settled = new System.Diagnostics.Stopwatch(); settled.Elapsed < TimeSpan.FromSeconds(1); count++)
        {
            if (faults.IsCompleted && !settled.IsRunning)
            {
                settled.Start();
            }

            var op = chaos.Recorder.Invoke(0, f, key ?? $"k{count}", value(count));
            try
            {
                var i = count;
                await pipeline.ExecuteAsync(async ct => await RespClient.SendAsync(redis.Hostname, redis.GetMappedPublicPort(6379), command(i), ct));
                op.Ok();
            }
            catch (Exception e) when (e is TimeoutRejectedException or IOException)
            {
                op.Info(e.Message);
            }

            await Task.Delay(50);
        }

        await faults;
        return count;
    }
}
