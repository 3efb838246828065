namespace ChaosBench.Faults;

/// <summary>The fault kinds this harness can inject, and the steps that hit no member, by name.</summary>
public sealed class FaultCatalog(IEnumerable<IFault> faults, IEnumerable<IStep> steps)
{
    private readonly Dictionary<string, IFault> _byKind = faults.ToDictionary(f => f.Kind, StringComparer.Ordinal);
    private readonly Dictionary<string, IStep> _steps = steps.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public static FaultCatalog Default { get; } = new(
    [
        new Kill.KillFault(), new Stop.StopFault(), new Start.StartFault(), new Restart.RestartFault(),
        new Pause.PauseFault(), new Resume.ResumeFault(), new Partition.PartitionFault(), new Heal.HealFault(),
        new DeletePath.DeletePathFault(), new VersionHop.VersionHopFault(),
        new PowerLoss.PowerLossFault(), new TornWrite.TornWriteFault(), new Bitflip.BitflipFault(), new Truncate.TruncateFault(),
        new Exec.ExecStep(),
    ],
    [new Request.RequestStep()]);

    public IFault Get(string kind) =>
        _byKind.TryGetValue(kind, out var fault) ? fault : throw new ArgumentException($"no fault '{kind}'");

    /// <summary>The step of that kind when it hits no member; null for a fault.</summary>
    public IStep? StepOf(string kind) => _steps.GetValueOrDefault(kind);
}
