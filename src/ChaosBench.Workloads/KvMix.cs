namespace ChaosBench.Workloads;

/// <summary>
/// What a client does next: a read, a compare-and-set or a write, drawn from its seeded stream at the options' shares;
/// and the members the reads go to, when not the target's (<see cref="KvOptions.ReadsFrom"/>).
/// </summary>
internal sealed record KvMix(double Reads, double Cas, IReadOnlyList<string>? ReadsFrom = null)
{
    /// <summary>Writes only: the shapes that are not registers, and http-kv.</summary>
    public static KvMix WritesOnly { get; } = new(0, 0);

    public static KvMix Of(KvOptions options) => new(options.Reads, options.Cas, options.ReadsFrom is { Count: > 0 } from ? from : null);

    public KvStep Next(Random random)
    {
        // Nothing drawn for writes only: a seed then chooses the same keys as it did before reads existed.
        if (Reads + Cas == 0)
        {
            return KvStep.Write;
        }

        var draw = random.NextDouble();
        return draw < Reads ? KvStep.Read : draw < Reads + Cas ? KvStep.Cas : KvStep.Write;
    }
}

/// <summary>One client operation of a register workload.</summary>
internal enum KvStep
{
    Write,
    Read,
    Cas,
}
