namespace ChaosBench.Faults.ZeroSector;

/// <summary><c>zero-sector: { target: db-1, path: /var/lib/postgresql/data/base }</c>: one sector of a stopped member's file reads back as zeros.</summary>
public sealed class ZeroSectorOptions : StoppedFileOptions;
