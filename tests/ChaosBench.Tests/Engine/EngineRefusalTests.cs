using System.Net;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

/// <summary>The engine's error answers as the harness's typed exceptions.</summary>
public sealed class EngineRefusalTests
{
    [TestCase(HttpStatusCode.Conflict, "Container 1f2e is not running", typeof(EngineConflictException))]
    [TestCase(HttpStatusCode.InternalServerError, "Container 1f2e is not running: Exited (1) Less than a second ago", typeof(EngineConflictException))]
    [TestCase(HttpStatusCode.InternalServerError, "failed to create shim task: OCI runtime create failed", typeof(EngineException))]
    [TestCase(HttpStatusCode.NotFound, "No such container: 1f2e", typeof(EngineNotFoundException))]
    public void Refusal_StatusAndMessage_TypedByTheStateTheyReport(HttpStatusCode status, string message, Type expected)
    {
        // Given an engine answer, as Docker 20.10 gives an exec into a container that exited during its setup (500)

        // When it is typed
        var refusal = EngineCalls.Refusal("exec 'true' in container 1f2e", status, message);

        // Then a container that is not running is a conflict whatever the status, so callers that expect it (a
        // readiness probe) look again instead of failing the run; other errors keep their type
        Assert.That(refusal.GetType(), Is.EqualTo(expected));
        Assert.That(refusal.Message, Does.Contain(message));
    }
}
