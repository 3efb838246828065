using System.Globalization;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Clock;

/// <summary>
/// Skews a member's clock through libfaketime from its next start: writes the offset (and drift) to
/// <c>/etc/faketimerc</c>, restarts the member, waits until its product has loaded the library, and reads the
/// member's clock back, so the timeline shows the offset asked and the one observed. The library is preloaded
/// into the product alone by the member's image (docs/scenario-format.md, clock skew): a system-wide <c>/etc/ld.so.preload</c>
/// also fakes the root wrappers before the product, and libfaketime's shared semaphore, created by root at pid 1,
/// is then refused to a product that drops privileges (PostgreSQL exits at start).
/// </summary>
public sealed class ClockFault : MemberFault<ClockOptions>
{
    public override string Name => "clock";

    public override string? RepairedBy => ResetClock.ResetClockFault.Named;

    /// <summary>It restarts its member: the runner watches the new start get ready.</summary>
    public override bool StartsRecovery => true;

    protected override MemberState? Leaves(ClockOptions options) => MemberState.ClockSkewed;

    protected override string Detail(ClockOptions options) => $" (offset {Signed(options.Offset ?? TimeSpan.Zero)}{(options.Drift == 1 ? string.Empty : $", drift x{options.Drift.ToString(CultureInfo.InvariantCulture)}")})";

    protected override void Validate(ClockOptions options, KindCheck check)
    {
        if (options.Offset is { } offset && offset.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            check.Error("offset", $"clock's offset {Signed(offset)} is not whole seconds", "libfaketime takes whole seconds: write e.g. +2h, -90s or +1m30s");
        }

        if (!(options.Drift > 0) || !double.IsFinite(options.Drift))
        {
            check.Error("drift", $"clock's drift is {options.Drift.ToString(CultureInfo.InvariantCulture)}", "write how fast the clock runs, above 0: 1.5 (faster), 0.5 (slower), 1 (no drift)");
        }
    }

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, ClockOptions options, CancellationToken ct)
    {
        var (library, binary, jemalloc) = await MemberClock.ProbeAsync(context, member, Name, ct);

        // What the product is first: installing libfaketime would not help a static or jemalloc one.
        if (binary.Length > 0 && await MemberClock.IsDynamicAsync(context, member, binary, ct) == false)
        {
            throw new FaultException(Name, member.Name, $"its main binary {binary} is statically linked, so LD_PRELOAD never reaches it and libfaketime cannot skew its clock (Go products built static ignore it)");
        }

        if (jemalloc)
        {
            throw new FaultException(Name, member.Name, $"its product ({binary}) runs on jemalloc, whose start deadlocks under libfaketime (the library's constructor calls back into malloc while jemalloc holds its init lock: Debian's Redis never answers), so its clock cannot be skewed this way");
        }

        if (library.Length == 0)
        {
            throw new FaultException(Name, member.Name, "libfaketime is not installed in its image; build the image from a recipe that installs the 'libfaketime' package (scenarios/recipes/postgresql-15-faketime.yaml)");
        }

        var seconds = (long)options.Offset!.Value.TotalSeconds;
        var settings = $"{(seconds < 0 ? "-" : "+")}{Math.Abs(seconds).ToString(CultureInfo.InvariantCulture)}"
            + (options.Drift == 1 ? string.Empty : $" x{options.Drift.ToString(CultureInfo.InvariantCulture)}");
        await MemberClock.SetAsync(context, member, Name, settings, ct);
        member.State |= MemberState.ClockSkewed;
        var (loaded, stop) = await MemberClock.RestartAsync(context, member, Name, loaded: true, ct);
        var observed = await MemberClock.OffsetAsync(context, member, Name, library, ct);
        return new FaultEffect($"restarted with libfaketime '{settings}' ({binary}): asked {Signed(options.Offset.Value)}, observed {Observed(observed)}{stop}", loaded);
    }

    /// <summary>An offset as the timeline shows it: <c>+7200.0s</c>.</summary>
    internal static string Observed(TimeSpan offset) => $"{(offset < TimeSpan.Zero ? "-" : "+")}{Math.Abs(offset.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)}s";

    /// <summary>An offset as written: <c>+2h</c>, <c>-90s</c> (whole hours in hours, where <see cref="Durations.Format"/> writes 120m).</summary>
    private static string Signed(TimeSpan offset)
    {
        var size = offset.Duration();
        var text = size.Ticks % TimeSpan.TicksPerHour == 0 && size > TimeSpan.Zero ? $"{size.TotalHours.ToString(CultureInfo.InvariantCulture)}h" : Durations.Format(size);
        return $"{(offset < TimeSpan.Zero ? "-" : "+")}{text}";
    }
}
