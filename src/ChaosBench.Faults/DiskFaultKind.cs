using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Planning;
using ChaosBench.PowerLoss.DiskFaults;

namespace ChaosBench.Faults;

/// <summary>
/// The base of a disk fault kind: injects one <see cref="DiskFault"/> into each power-loss volume of the member
/// its <c>path</c> falls in, each with its own seeded random stream, until <c>clear-disk-faults</c> ends it.
/// </summary>
public abstract class DiskFaultKind<TOptions> : MemberFault<TOptions>
    where TOptions : DiskFaultOptions, new()
{
    public override string? RepairedBy => ClearDisk.ClearDiskFault.Named;

    public override VolumeLayer NeedsLayer => VolumeLayer.Faults;

    protected override MemberState? Leaves(TOptions options) => MemberState.DiskFaulted;

    protected override string Detail(TOptions options) => options.Path is { } path ? $" (under {path})" : string.Empty;

    protected sealed override void Validate(TOptions options, KindCheck check)
    {
        if (options.Path is { } path && !path.StartsWith('/'))
        {
            check.Error("path", $"{Name}'s 'path' must be absolute", "write it as the product sees it, e.g. '/var/lib/redis'");
        }

        ValidateFault(options, check);
    }

    /// <summary>Checks the options the kind adds to <c>path</c>.</summary>
    private protected virtual void ValidateFault(TOptions options, KindCheck check)
    {
    }

    /// <summary>The layer's fault for these options, scoped to <paramref name="path"/> (relative to the volume; null: all of it).</summary>
    private protected abstract DiskFault Build(TOptions options, string? path);

    protected override Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, TOptions options, CancellationToken ct)
    {
        var volumes = member.PowerLoss
            .Select(v => (Volume: v, Inside: options.Path is null ? "/" : v.Inside(options.Path)))
            .Where(v => v.Inside is not null)
            .ToList();
        if (volumes.Count == 0)
        {
            throw new FaultException(Name, member.Name, options.Path is null
                ? "none of its volumes is behind the FUSE layer; declare its data volume with 'faults: true' or 'durability: power-loss'"
                : $"{options.Path} is in none of its volumes behind the FUSE layer ({string.Join(", ", member.PowerLoss.Select(v => v.Target))})");
        }

        var armed = new List<string>();
        foreach (var (volume, inside) in volumes)
        {
            // One stream per volume: the layers' FUSE threads draw from them concurrently.
            var stream = $"faults[{fault.Index}]/{member.Name}/{volume.Name}";
            var injected = Build(options, inside == "/" ? null : inside);
            var id = volume.Mount.Inject(injected, SeededRandom.For(context.Seed, stream));
            member.DiskFaults.Add(new InjectedDiskFault(fault.Index, volume, id));
            armed.Add($"{volume.Name}: {volume.Mount.Report(id).Fault.Kind}{Describe(options)}{(inside == "/" ? string.Empty : $" under {inside}")} (random stream {stream}, seed {context.Seed})");
        }

        member.State |= MemberState.DiskFaulted;
        return Task.FromResult(new FaultEffect($"injected on {string.Join("; ", armed)}", TimeSpan.Zero));
    }

    /// <summary>The choices the options make, for the timeline: <c> EIO on fsync, probability 0.5</c>.</summary>
    private protected abstract string Describe(TOptions options);
}
