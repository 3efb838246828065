using System.Diagnostics;
using ChaosBench.Engine;
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
    public string Kind => FaultKinds.DeletePath;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var path = fault.Path!;
        if (!member.Faults.HasFlag(MemberFaults.Stopped))
        {
            throw new FaultException(Kind, member.Name, "the member is running; stop or kill it first");
        }

        if (!member.Spec.Volumes.Any(v => path == v.Target || path.StartsWith(v.Target.TrimEnd('/') + "/", StringComparison.Ordinal)))
        {
            throw new FaultException(Kind, member.Name, $"{path} is in none of its volumes ({string.Join(", ", member.Spec.Volumes.Select(v => v.Target))})");
        }

        var clock = Stopwatch.StartNew();
        var helper = await context.Run.CreateContainerAsync(new ContainerSpec
        {
            Image = member.Spec.Image,
            Entrypoint = ["sh", "-c", "test -e \"$1\" || exit 3; rm -rf -- \"$1\" && test ! -e \"$1\"", "delete-path"],
            Command = [path],
            Volumes = member.Spec.Volumes,
        }, ct);
        try
        {
            await context.Engine.Containers.StartAsync(helper, ct);
            var exit = await context.Engine.Containers.WaitAsync(helper, ct);
            return exit switch
            {
                0 => new FaultEffect($"deleted {path}", clock.Elapsed),
                3 => throw new FaultException(Kind, member.Name, $"{path} does not exist in its volume"),
                _ => throw new FaultException(Kind, member.Name, $"deleting {path} exited {exit}"),
            };
        }
        finally
        {
            await context.Engine.Containers.RemoveAsync(helper, CancellationToken.None);
        }
    }
}
