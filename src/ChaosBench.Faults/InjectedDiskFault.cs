namespace ChaosBench.Faults;

/// <summary>Disk fault <paramref name="Id"/> of <paramref name="Volume"/>'s layer, injected by the scenario's fault number <paramref name="FaultIndex"/>.</summary>
public sealed record InjectedDiskFault(int FaultIndex, PowerLossVolume Volume, int Id);
