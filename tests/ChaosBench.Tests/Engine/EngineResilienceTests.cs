using System.Net;
using System.Text;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

/// <summary>The engine calls' timeouts and retries, against a fake engine: which failures are tried again, and which never.</summary>
[CancelAfter(30_000)]
public sealed class EngineResilienceTests
{
    private static readonly EngineCallOptions Fast = new() { RetryDelay = TimeSpan.FromMilliseconds(1), CallTimeout = TimeSpan.FromMilliseconds(300) };

    [Test]
    public async Task Get_ConnectionRefusedTwice_RetriedUntilItAnswers()
    {
        using var handler = new FakeEngineHandler((_, attempt, _) => attempt <= 2 ? throw FakeEngineHandler.Refused() : Task.FromResult(FakeEngineHandler.Json(HttpStatusCode.OK, """{"Id":"c1"}""")));
        using var engine = FakeEngine.Create(handler, Fast);

        var inspected = await engine.Containers.InspectAsync("c1");

        Assert.That(inspected.Id, Is.EqualTo("c1"));
        Assert.That(handler.Attempts, Is.EqualTo(3));
    }

    [Test]
    public async Task Create_ConnectionRefused_RetriedSinceNothingReachedTheEngine()
    {
        using var handler = new FakeEngineHandler((_, attempt, _) => attempt == 1 ? throw FakeEngineHandler.Refused() : Task.FromResult(FakeEngineHandler.Json(HttpStatusCode.Created, """{"Id":"c1"}""")));
        using var engine = FakeEngine.Create(handler, Fast);

        var created = await engine.Containers.CreateAsync(new ContainerSpec { Image = "x" });

        Assert.That(created, Is.EqualTo("c1"));
        Assert.That(handler.Attempts, Is.EqualTo(2));
    }

    [Test]
    public void Create_ConnectionLostAfterSending_NotRetriedLestTheContainerBeMadeTwice()
    {
        using var handler = new FakeEngineHandler((_, _, _) => throw FakeEngineHandler.Lost());
        using var engine = FakeEngine.Create(handler, Fast);

        var e = Assert.ThrowsAsync<EngineConnectionLostException>(() => engine.Containers.CreateAsync(new ContainerSpec { Image = "x" }));

        Assert.That(handler.Attempts, Is.EqualTo(1));
        Assert.That(e!.Message, Does.Contain("create container").And.Contain("the engine at tcp://127.0.0.1:2375/"));
    }

    [TestCase("GET", 3)]
    [TestCase("DELETE", 3)]
    [TestCase("POST", 1)]
    public void Call_ConnectionLostEveryTime_OnlyIdempotentMethodsRetried(string method, int attempts)
    {
        var options = new EngineCallOptions { RetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryAttempts = 2 };
        using var handler = new FakeEngineHandler((_, _, _) => throw FakeEngineHandler.Lost());
        using var engine = FakeEngine.Create(handler, options);

        Assert.ThrowsAsync<EngineConnectionLostException>(() => Call(engine, method));

        Assert.That(handler.Attempts, Is.EqualTo(attempts));
    }

    [TestCase(HttpStatusCode.ServiceUnavailable, "GET", 2)]
    [TestCase(HttpStatusCode.BadGateway, "GET", 2)]
    [TestCase(HttpStatusCode.ServiceUnavailable, "POST", 1)]
    [TestCase(HttpStatusCode.NotFound, "GET", 1)]
    [TestCase(HttpStatusCode.Conflict, "DELETE", 1)]
    [TestCase(HttpStatusCode.InternalServerError, "GET", 1)]
    public async Task Call_EngineAnswersStatus_RetriedOnlyWhenAProxyFailedAnIdempotentCall(HttpStatusCode status, string method, int attempts)
    {
        using var handler = new FakeEngineHandler((_, attempt, _) => Task.FromResult(
            attempt == 1 ? FakeEngineHandler.Json(status, """{"message":"no"}""") : FakeEngineHandler.Json(HttpStatusCode.OK, "{}")));
        using var engine = FakeEngine.Create(handler, Fast);

        try
        {
            await Call(engine, method);
        }
        catch (EngineException e)
        {
            Assert.That(e.Status, Is.EqualTo(status));
        }

        Assert.That(handler.Attempts, Is.EqualTo(attempts));
    }

    [Test]
    public void Get_EngineNeverAnswersAConnection_GivesUpAfterTheRetriesNamingTheEngine()
    {
        using var handler = new FakeEngineHandler((_, _, _) => throw FakeEngineHandler.Refused());
        using var engine = FakeEngine.Create(handler, Fast);

        var e = Assert.ThrowsAsync<EngineUnavailableException>(() => engine.PingAsync());

        Assert.That(handler.Attempts, Is.EqualTo(1 + Fast.MaxRetryAttempts));
        Assert.That(e!.Message, Does.Contain("no container engine answers at tcp://127.0.0.1:2375/"));
    }

    [Test]
    public void Inspect_EngineHangs_TimedOutOnceNamingTheEngine()
    {
        using var handler = new FakeEngineHandler(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return FakeEngineHandler.Json(HttpStatusCode.OK, "{}");
        });
        using var engine = FakeEngine.Create(handler, Fast);

        var e = Assert.ThrowsAsync<EngineException>(() => engine.Containers.InspectAsync("c1"));

        Assert.That(e!.Message, Does.Contain("inspect container c1: the engine at tcp://127.0.0.1:2375/ did not answer within"));
        Assert.That(handler.Attempts, Is.EqualTo(1), "a timed-out call may have happened: not retried");
    }

    [Test]
    public async Task Wait_LongerThanTheCallTimeout_NotCutOff()
    {
        using var handler = new FakeEngineHandler(async (_, _, ct) =>
        {
            await Task.Delay(Fast.CallTimeout * 3, ct);
            return FakeEngineHandler.Json(HttpStatusCode.OK, """{"StatusCode":137}""");
        });
        using var engine = FakeEngine.Create(handler, Fast);

        var waited = await engine.Containers.WaitAsync("c1");

        Assert.That(waited, Is.EqualTo(137));
    }

    [Test]
    public async Task Stop_GracePeriodLongerThanTheCallTimeout_NotCutOff()
    {
        using var handler = new FakeEngineHandler(async (_, _, ct) =>
        {
            await Task.Delay(Fast.CallTimeout * 2, ct);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        using var engine = FakeEngine.Create(handler, Fast);

        await engine.Containers.StopAsync("c1", TimeSpan.FromSeconds(10));

        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task Stream_BodyArrivingAfterTheCallTimeout_ReadToTheEnd()
    {
        // Given logs followed: the headers come at once, the lines long after the short calls' timeout
        using var handler = new FakeEngineHandler((request, _, _) => Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/json", StringComparison.Ordinal)
            ? FakeEngineHandler.Json(HttpStatusCode.OK, """{"Id":"c1","Config":{"Tty":false}}""")
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new SlowStream(Fast.CallTimeout * 3)) }));
        using var engine = FakeEngine.Create(handler, Fast);

        var lines = new List<string>();
        await foreach (var line in engine.Containers.LogsAsync("c1", follow: true))
        {
            lines.Add(line.Text);
        }

        var body = string.Concat(lines);

        Assert.That(body, Is.EqualTo("late"));
    }

    [Test]
    public void Upload_ConnectionRefused_NotRetriedSinceTheStreamIsSpent()
    {
        using var handler = new FakeEngineHandler((_, _, _) => throw FakeEngineHandler.Refused());
        using var engine = FakeEngine.Create(handler, Fast);

        Assert.ThrowsAsync<EngineUnavailableException>(() => engine.Images.LoadAsync(new MemoryStream([1, 2, 3])));

        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    /// <summary>The call a test's method stands for: GET an inspect, DELETE a removal, POST a start.</summary>
    private static Task Call(DockerEngine engine, string method) => method switch
    {
        "GET" => engine.Containers.InspectAsync("c1"),
        "DELETE" => engine.Containers.RemoveAsync("c1"),
        _ => engine.Containers.StartAsync("c1"),
    };

    /// <summary>A stdout frame holding "late", after a delay, then the end.</summary>
    private sealed class SlowStream(TimeSpan delay) : MemoryStream([1, 0, 0, 0, 0, 0, 0, 4, .. Encoding.ASCII.GetBytes("late")])
    {
        private bool _waited;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_waited)
            {
                await Task.Delay(delay, cancellationToken);
                _waited = true;
            }

            return await base.ReadAsync(buffer, cancellationToken);
        }
    }
}
