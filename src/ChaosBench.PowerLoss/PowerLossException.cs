namespace ChaosBench.PowerLoss;

/// <summary>The power-loss layer could not be set up or served; the message names the fix.</summary>
public sealed class PowerLossException(string message) : Exception(message);
