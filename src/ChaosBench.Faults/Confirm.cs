using System.Diagnostics;
using ChaosBench.Engine;

namespace ChaosBench.Faults;

/// <summary>Polls the engine until a member's state shows the fault took effect.</summary>
internal static class Confirm
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>Waits until <paramref name="holds"/> is true of the member's container; returns the time since <paramref name="since"/>.</summary>
    public static async Task<TimeSpan> StateAsync(FaultContext context, Member member, string kind, string expected, Func<ContainerInfo, bool> holds, Stopwatch since, CancellationToken ct)
    {
        while (true)
        {
            var info = await context.Engine.Containers.InspectAsync(member.ContainerId, ct);
            if (holds(info))
            {
                return since.Elapsed;
            }

            if (since.Elapsed > Limit)
            {
                throw new FaultException(kind, member.Name, $"the engine still reports '{info.State.Status}' after {Limit.TotalSeconds:0}s, expected {expected}");
            }

            await Task.Delay(2, ct);
        }
    }

    /// <summary>The member's current address on its first network, and its published ports.</summary>
    public static async Task RefreshAddressAsync(FaultContext context, Member member, CancellationToken ct) =>
        member.Observe(await context.Engine.Containers.InspectAsync(member.ContainerId, ct));
}
