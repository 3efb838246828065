using System.Net;

namespace ChaosBench.Engine;

/// <summary>The container, image, network or volume does not exist (HTTP 404).</summary>
public sealed class EngineNotFoundException(string operation, string engineMessage)
    : EngineException(operation, HttpStatusCode.NotFound, engineMessage);
