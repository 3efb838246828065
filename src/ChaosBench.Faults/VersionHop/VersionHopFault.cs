using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.VersionHop;

/// <summary>
/// Replaces the member's image by another version as an upgrade does: clean stop, new container with the
/// same name, volumes and network aliases, start. Whatever state the volumes hold is kept. The new container
/// runs the new image's own command (<see cref="HopCommand"/>), as Compose would start it, unless one is named.
/// </summary>
public sealed class VersionHopFault : MemberFault<VersionHopOptions>
{
    public override string Name => "version-hop";

    /// <summary>Not a repair, but its members come back on the new version: their recovery is watched and measured.</summary>
    public override bool StartsRecovery => true;

    /// <summary><c>pick: rolling</c> hops members one at a time, as a rolling upgrade does.</summary>
    public override bool Rolls => true;

    protected override IEnumerable<string> Images(VersionHopOptions options) => options.To is { } to ? [to] : [];

    protected override string Detail(VersionHopOptions options) => $" (to {options.To})";

    protected override string Detail(VersionHopOptions options, Service service) =>
        $" (to {options.To}, command: {HopCommand.Shown(options.Command, service.Command, service.Cluster, service.Args)})";

    protected override void Validate(VersionHopOptions options, KindCheck check)
    {
        if (options.To is { } to && string.IsNullOrWhiteSpace(to))
        {
            check.Error("to", "version-hop needs 'to': the image to hop to", "add e.g. 'to: recipe:etcd-3.5'");
        }

        if (options.Command is [])
        {
            check.Error("command", "version-hop's 'command' is empty", "give the command's words, e.g. 'command: [valkey-server]', or leave it out to run the new image's own");
        }
    }

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, VersionHopOptions options, CancellationToken ct)
    {
        var from = member.Spec.Image;
        var to = context.ImageOf(options.To!);
        var info = await context.Engine.Images.InspectAsync(to, ct);
        var image = info?.Command ?? [];
        var command = HopCommand.Of(options.Command, member.OwnCommand, member.Args, image);
        var clock = Stopwatch.StartNew();
        var stop = await MemberRestart.StopAsync(context, member, ct);
        await Recreate.StartAsync(context, member, spec => spec with { Image = to, Command = command, StopSignal = info?.StopSignal }, ct);
        var confirmed = await Confirm.StateAsync(context, member, Name, $"running {options.To}", c => c.Image == to, clock, ct);
        member.State = MemberState.Running;
        await Confirm.RefreshAddressAsync(context, member, ct);
        return new FaultEffect($"{ShortId(from)} → {options.To} ({ShortId(to)}), command: {HopCommand.Words(command ?? image)}{stop}", confirmed);
    }

    private static string ShortId(string image) => image.StartsWith("sha256:", StringComparison.Ordinal) ? image[7..19] : image;
}
