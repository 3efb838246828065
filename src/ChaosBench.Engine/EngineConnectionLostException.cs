namespace ChaosBench.Engine;

/// <summary>
/// The connection to the engine broke during a call, before its whole answer arrived: the engine stopped or
/// restarted, or something between cut it. The call may or may not have taken effect.
/// </summary>
public sealed class EngineConnectionLostException(Uri endpoint, string operation, string reason, Exception? inner = null)
    : EngineException($"{operation}: the connection to the engine at {endpoint} broke before its answer ({reason}); the engine stopped or restarted, or something between cut the connection", inner)
{
    public Uri Endpoint { get; } = endpoint;
}
