namespace ChaosBench.Model;

/// <summary>Which layer a volume sits behind, in the order of what each allows: a fault needing one is satisfied by any later.</summary>
public enum VolumeLayer
{
    /// <summary>A plain named volume: no disk fault reaches it.</summary>
    None,

    /// <summary><c>faults: true</c>: the FUSE layer's disk-fault hooks, writes going straight through; a cut loses nothing.</summary>
    Faults,

    /// <summary><c>durability: power-loss</c>: the hooks, and unsynced writes held so a cut can drop them.</summary>
    PowerLoss,
}

/// <summary>Where a volume's <c>durability</c> and <c>faults</c> put it: the one place that reads them together.</summary>
internal static class VolumeLayers
{
    public static VolumeLayer Of(string durability, bool faults) =>
        durability == "power-loss" ? VolumeLayer.PowerLoss : faults ? VolumeLayer.Faults : VolumeLayer.None;
}
