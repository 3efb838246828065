using System.Diagnostics;
using ChaosBench.Model;

namespace ChaosBench.Faults.DeletePath;

/// <summary>
/// Deletes a file or directory inside a stopped member's named volume (e.g. a raft state file), through a
/// short-lived helper container that mounts the same volumes (<see cref="HelperContainer.ChangeAsync"/>): the path is
/// resolved there and refused when it leads out of them. The path must exist: deleting nothing would test nothing.
/// </summary>
public sealed class DeletePathFault : StoppedFileFault<DeletePathOptions>
{
    // A link counts as there even when it dangles in the helper (it points into a bind the helper is not given).
    private const string Script = "[ -e \"$1\" ] || [ -L \"$1\" ] || exit 3; rm -rf -- \"$1\" && [ ! -e \"$1\" ] && [ ! -L \"$1\" ]";

    public override string Name => "delete-path";

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, DeletePathOptions options, CancellationToken ct)
    {
        var path = options.Path!;
        HelperContainer.RequireStoppedWith(context, member, Name, path);
        var clock = Stopwatch.StartNew();
        var (exit, _) = await HelperContainer.ChangeAsync(context, member, Name, Script, [path], keepLastLink: true, ct);
        return exit switch
        {
            0 => new FaultEffect($"deleted {path}", clock.Elapsed),
            3 => throw new FaultException(Name, member.Name, $"{path} does not exist in its volume"),
            _ => throw new FaultException(Name, member.Name, $"deleting {path} exited {exit}"),
        };
    }
}
