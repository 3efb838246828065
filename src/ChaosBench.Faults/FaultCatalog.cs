namespace ChaosBench.Faults;

/// <summary>The fault kinds this harness can inject, by name.</summary>
public sealed class FaultCatalog(IEnumerable<IFault> faults)
{
    private readonly Dictionary<string, IFault> _byKind = faults.ToDictionary(f => f.Kind, StringComparer.Ordinal);

    public static FaultCatalog Default { get; } = new(
    [
        new Kill.KillFault(), new Stop.StopFault(), new Start.StartFault(), new Restart.RestartFault(),
        new Pause.PauseFault(), new Resume.ResumeFault(), new Partition.PartitionFault(), new Heal.HealFault(),
        new DeletePath.DeletePathFault(), new VersionHop.VersionHopFault(),
        new PowerLoss.PowerLossFault(), new TornWrite.TornWriteFault(), new Bitflip.BitflipFault(), new Truncate.TruncateFault(),
    ]);

    public IFault Get(string kind) =>
        _byKind.TryGetValue(kind, out var fault) ? fault : throw new ArgumentException($"no fault '{kind}'");
}
