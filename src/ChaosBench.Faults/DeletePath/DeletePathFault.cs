using System.Diagnostics;
using ChaosBench.Model;

namespace ChaosBench.Faults.DeletePath;

/// <summary>
/// Deletes a file or directory inside a stopped member's volume (e.g. a raft state file), through a
/// short-lived helper container that mounts the same volumes. The path must exist: deleting nothing
/// would test nothing.
/// </summary>
public sealed class DeletePathFault : StoppedFileFault<DeletePathOptions>
{
    private const string Script = "test -e \"$1\" || exit 3; rm -rf -- \"$1\" && test ! -e \"$1\"";

    public override string Name => "delete-path";

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, DeletePathOptions options, CancellationToken ct)
    {
        var path = options.Path!;
        HelperContainer.RequireStoppedWith(member, Name, path);
        var clock = Stopwatch.StartNew();
        var (exit, _) = await HelperContainer.RunAsync(context, member, "delete-path", Script, [path], ct);
        return exit switch
        {
            0 => new FaultEffect($"deleted {path}", clock.Elapsed),
            3 => throw new FaultException(Name, member.Name, $"{path} does not exist in its volume"),
            _ => throw new FaultException(Name, member.Name, $"deleting {path} exited {exit}"),
        };
    }
}
