using System.Net;

namespace ChaosBench.Engine;

/// <summary>The engine refused a request; <see cref="EngineMessage"/> is its own words.</summary>
public class EngineException : Exception
{
    public EngineException(string operation, HttpStatusCode status, string engineMessage)
        : base($"{operation}: {engineMessage} (engine answered {(int)status})")
    {
        Operation = operation;
        Status = status;
        EngineMessage = engineMessage;
    }

    public EngineException(string message, Exception? inner = null)
        : base(message, inner)
    {
        Operation = string.Empty;
        EngineMessage = message;
    }

    /// <summary>What the harness asked for, e.g. <c>start container 3f2a</c>.</summary>
    public string Operation { get; }

    public HttpStatusCode Status { get; }

    public string EngineMessage { get; }
}
