using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.VersionHop;

/// <summary>
/// Replaces the member's image by another version as an upgrade does: clean stop, new container with the
/// same name, volumes, network aliases and command, start. Whatever state the volumes hold is kept.
/// </summary>
public sealed class VersionHopFault : MemberFault<VersionHopOptions>
{
    public override string Name => "version-hop";

    /// <summary>Not a repair, but its members come back on the new version: their recovery is watched and measured.</summary>
    public override bool StartsRecovery => true;

    protected override IEnumerable<string> Images(VersionHopOptions options) => options.To is { } to ? [to] : [];

    protected override string Detail(VersionHopOptions options) => $" (to {options.To})";

    protected override void Validate(VersionHopOptions options, KindCheck check)
    {
        if (options.To is { } to && string.IsNullOrWhiteSpace(to))
        {
            check.Error("to", "version-hop needs 'to': the image to hop to", "add e.g. 'to: recipe:etcd-3.5'");
        }
    }

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, VersionHopOptions options, CancellationToken ct)
    {
        var from = member.Spec.Image;
        var to = context.ImageOf(options.To!);
        var clock = Stopwatch.StartNew();
        await context.Engine.Containers.StopAsync(member.ContainerId, TimeSpan.FromSeconds(10), ct);
        await Recreate.StartAsync(context, member, spec => spec with { Image = to }, ct);
        var confirmed = await Confirm.StateAsync(context, member, Name, $"running {options.To}", c => c.Image == to, clock, ct);
        member.State = MemberState.Running;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect($"{ShortId(from)} → {options.To} ({ShortId(to)})", confirmed);
    }

    private static string ShortId(string image) => image.StartsWith("sha256:", StringComparison.Ordinal) ? image[7..19] : image;
}
