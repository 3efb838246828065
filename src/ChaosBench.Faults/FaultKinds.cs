using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>The fault and step kinds this project ships, in the order scenarios' errors and the schema list them.</summary>
public static class FaultKinds
{
    /// <summary>Every built-in fault and step; add yours with <c>FaultKinds.Default.With(new MyFault())</c>.</summary>
    public static KindCatalog<IFaultKind> Default { get; } = KindCatalog.Empty<IFaultKind>()
        .With(new Kill.KillFault())
        .With(new Restart.RestartFault())
        .With(new Stop.StopFault())
        .With(new Start.StartFault())
        .With(new Pause.PauseFault())
        .With(new Resume.ResumeFault())
        .With(new DeletePath.DeletePathFault())
        .With(new Partition.PartitionFault())
        .With(new Heal.HealFault())
        .With(new VersionHop.VersionHopFault())
        .With(new PowerLoss.PowerLossFault())
        .With(new TornWrite.TornWriteFault())
        .With(new Bitflip.BitflipFault())
        .With(new Truncate.TruncateFault())
        .With(new Exec.ExecStep())
        .With(new Request.RequestStep())
        .With(new ZeroSector.ZeroSectorFault())
        .With(new DiskFull.DiskFullFault())
        .With(new IoError.IoErrorFault())
        .With(new SlowIo.SlowIoFault())
        .With(new Reorder.ReorderFault())
        .With(new ClearDisk.ClearDiskFault())
        .With(new Clock.ClockFault())
        .With(new ResetClock.ResetClockFault())
        .With(new Links.Latency.LatencyFault())
        .With(new Links.Bandwidth.BandwidthFault())
        .With(new Links.SlowClose.SlowCloseFault())
        .With(new Links.Timeout.TimeoutFault())
        .With(new Links.Reset.ResetFault())
        .With(new Links.Slicer.SlicerFault())
        .With(new Links.LimitData.LimitDataFault())
        .With(new Links.Loss.LossFault());
}
