using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.VersionHop;

/// <summary>
/// Replaces the member's image by another version as an upgrade does: clean stop, new container with the
/// same name, volumes, network aliases and command, start. Whatever state the volumes hold is kept.
/// </summary>
public sealed class VersionHopFault : IFault
{
    public string Kind => FaultKinds.VersionHop;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var from = member.Spec.Image;
        var to = context.ImageOf(fault.To!);
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.StopAsync(member.ContainerId, TimeSpan.FromSeconds(10), ct);
        await Recreate.StartAsync(context, member, spec => spec with { Image = to }, ct);
        var confirmed = await Confirm.StateAsync(context, member, Kind, $"running {fault.To}", c => c.Image == to, clock, ct);
        member.Faults = MemberFaults.None;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect($"{ShortId(from)} → {fault.To} ({ShortId(to)})", confirmed);
    }

    private static string ShortId(string image) => image.StartsWith("sha256:", StringComparison.Ordinal) ? image[7..19] : image;
}
