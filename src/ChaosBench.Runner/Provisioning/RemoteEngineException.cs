namespace ChaosBench.Runner.Provisioning;

/// <summary>A scenario needs the engine's host (the power-loss layer), and the engine runs elsewhere.</summary>
public sealed class RemoteEngineException(string message) : Exception(message);
