namespace ChaosBench.Faults;

/// <summary>What a fault did, as confirmed by the engine, and how long the confirmation took from the request.</summary>
public sealed record FaultEffect(string Detail, TimeSpan ConfirmedAfter);
