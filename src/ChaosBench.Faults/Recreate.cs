using ChaosBench.Engine;

namespace ChaosBench.Faults;

/// <summary>
/// Replaces a stopped member's container by one made from a changed spec, keeping its name, volumes and
/// network aliases, and starts it: a version hop, or a start with changed flags. Its log so far is kept.
/// </summary>
internal static class Recreate
{
    public static async Task StartAsync(FaultContext context, Member member, Func<ContainerSpec, ContainerSpec> change, CancellationToken ct)
    {
        await context.BeforeStart(member, ct);
        await foreach (var line in context.Engine.Containers.LogsAsync(member.ContainerId, ct: ct))
        {
            member.EarlierLogs.Add(LogFormat.Line(line));
        }

        await context.Engine.Containers.RemoveAsync(member.ContainerId, ct);
        member.Spec = change(member.Spec);
        member.ContainerId = await context.Run.CreateContainerAsync(member.Spec, ct);
        await context.Engine.Containers.StartAsync(member.ContainerId, ct);
    }
}
