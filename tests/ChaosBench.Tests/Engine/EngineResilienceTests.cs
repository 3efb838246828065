using System.Net;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

/// <summary>The transport's timeouts and retries, against a fake engine: which failures are tried again, and which never.</summary>
[CancelAfter(30_000)]
public sealed class EngineResilienceTests
{
    private static readonly Uri Endpoint = new("tcp://127.0.0.1:2375");

    private static readonly EngineCallOptions Fast = new() { RetryDelay = TimeSpan.FromMilliseconds(1), CallTimeout = TimeSpan.FromMilliseconds(300) };

    [Test]
    public async Task Get_ConnectionRefusedTwice_RetriedUntilItAnswers()
    {
        using var handler = new FakeEngineHandler((_, attempt, _) => attempt <= 2 ? throw FakeEngineHandler.Refused() : Task.FromResult(FakeEngineHandler.Json(HttpStatusCode.OK, """{"Id":"c1"}""")));
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        var inspected = await transport.GetJsonAsync("inspect container c1", "/containers/c1/json", CancellationToken.None);

        Assert.That(inspected!["Id"]!.GetValue<string>(), Is.EqualTo("c1"));
        Assert.That(handler.Attempts, Is.EqualTo(3));
    }

    [Test]
    public async Task Create_ConnectionRefused_RetriedSinceNothingReachedTheEngine()
    {
        using var handler = new FakeEngineHandler((_, attempt, _) => attempt == 1 ? throw FakeEngineHandler.Refused() : Task.FromResult(FakeEngineHandler.Json(HttpStatusCode.Created, """{"Id":"c1"}""")));
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        var created = await transport.PostJsonAsync("create container", "/containers/create", new { Image = "x" }, CancellationToken.None);

        Assert.That(created!["Id"]!.GetValue<string>(), Is.EqualTo("c1"));
        Assert.That(handler.Attempts, Is.EqualTo(2));
    }

    [Test]
    public void Create_ConnectionLostAfterSending_NotRetriedLestTheContainerBeMadeTwice()
    {
        using var handler = new FakeEngineHandler((_, _, _) => throw FakeEngineHandler.Lost());
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        var e = Assert.ThrowsAsync<EngineConnectionLostException>(() => transport.PostJsonAsync("create container", "/containers/create", new { Image = "x" }, CancellationToken.None));

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
        using var transport = new DockerTransport(Endpoint, handler, options);

        Assert.ThrowsAsync<EngineConnectionLostException>(() => transport.SendAsync("call", new HttpMethod(method), "/containers/c1", CancellationToken.None));

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
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        try
        {
            await transport.SendAsync("call", new HttpMethod(method), "/containers/c1", CancellationToken.None);
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
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        var e = Assert.ThrowsAsync<EngineUnavailableException>(() => transport.PingAsync(CancellationToken.None));

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
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        var e = Assert.ThrowsAsync<EngineException>(() => transport.GetJsonAsync("inspect container c1", "/containers/c1/json", CancellationToken.None));

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
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        var waited = await transport.PostJsonAsync("wait for container c1", "/containers/c1/wait", null, CancellationToken.None, untimed: true);

        Assert.That(waited!["StatusCode"]!.GetValue<int>(), Is.EqualTo(137));
    }

    [Test]
    public async Task Stop_GracePeriodLongerThanTheCallTimeout_NotCutOff()
    {
        using var handler = new FakeEngineHandler(async (_, _, ct) =>
        {
            await Task.Delay(Fast.CallTimeout * 2, ct);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        await transport.SendAsync("stop container c1", HttpMethod.Post, "/containers/c1/stop?t=10", CancellationToken.None, waits: TimeSpan.FromSeconds(10));

        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task Stream_BodyArrivingAfterTheCallTimeout_ReadToTheEnd()
    {
        // Given logs followed: the headers come at once, the lines long after the short calls' timeout
        using var handler = new FakeEngineHandler((_, _, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new SlowStream(Fast.CallTimeout * 3)) }));
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        using var response = await transport.StreamAsync("logs of container c1", HttpMethod.Get, "/containers/c1/logs?follow=true", CancellationToken.None);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(body, Is.EqualTo("late"));
    }

    [Test]
    public void Upload_ConnectionRefused_NotRetriedSinceTheStreamIsSpent()
    {
        using var handler = new FakeEngineHandler((_, _, _) => throw FakeEngineHandler.Refused());
        using var transport = new DockerTransport(Endpoint, handler, Fast);

        Assert.ThrowsAsync<EngineUnavailableException>(() => transport.UploadAsync("load images", HttpMethod.Post, "/images/load", new StreamContent(new MemoryStream([1, 2, 3])), CancellationToken.None));

        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    /// <summary>A body that yields "late" after a delay, then ends.</summary>
    private sealed class SlowStream(TimeSpan delay) : MemoryStream("late"u8.ToArray())
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
