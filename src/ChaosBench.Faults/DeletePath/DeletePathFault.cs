using System.Diagnostics;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.DeletePath;

/// <summary>
/// Deletes a file or directory inside a stopped member's volume (e.g. a raft state file), through a
/// short-lived helper container that mounts the same volumes. The path must exist: deleting nothing
/// would test nothing.
/// </summary>
public sealed class DeletePathFault : IFault
{
    private const string Script = "test -e \"$1\" || exit 3; rm -rf -- \"$1\" && test ! -e \"$1\"";

    public string Kind => FaultKinds.DeletePath;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var path = fault.Path!;
        HelperContainer.RequireStoppedWith(member, Kind, path);
        var clock = Stopwatch.StartNew();
        var (exit, _) = await HelperContainer.RunAsync(context, member, "delete-path", Script, [path], ct);
        return exit switch
        {
            0 => new FaultEffect($"deleted {path}", clock.Elapsed),
            3 => throw new FaultException(Kind, member.Name, $"{path} does not exist in its volume"),
            _ => throw new FaultException(Kind, member.Name, $"deleting {path} exited {exit}"),
        };
    }
}
