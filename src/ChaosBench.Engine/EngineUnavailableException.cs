namespace ChaosBench.Engine;

/// <summary>No engine answers at the endpoint; the message says how to start one.</summary>
public sealed class EngineUnavailableException(Uri endpoint, string reason, Exception? inner = null)
    : EngineException(
        $"no container engine answers at {endpoint} ({reason}); fix: run ci/engine.sh to install and start one, or set DOCKER_HOST to a running engine",
        inner)
{
    public Uri Endpoint { get; } = endpoint;
}
