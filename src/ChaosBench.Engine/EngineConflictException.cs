using System.Net;

namespace ChaosBench.Engine;

/// <summary>The object is in a state that forbids the request, e.g. a name in use or a container not running (HTTP 409).</summary>
public sealed class EngineConflictException(string operation, string engineMessage)
    : EngineException(operation, HttpStatusCode.Conflict, engineMessage);
