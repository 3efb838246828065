using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Network.Partitions;

/// <summary>
/// On an engine elsewhere: a short-lived container of the run that shares the member's network namespace
/// (<c>--network container:ID</c>) with <c>NET_ADMIN</c> as its only capability, the one place a partition uses one:
/// iptables needs it to change the namespace's rules, and the member itself keeps none.
/// </summary>
internal sealed class HelperContainerShell(RunResources run, string image) : INamespaceShell
{
    public string How => $"helper container ({image}, NET_ADMIN)";

    public async Task<ExecResult> RunAsync(string containerId, string script, CancellationToken ct)
    {
        var helper = await run.CreateContainerAsync(new ContainerSpec
        {
            Image = image,
            Entrypoint = ["sh", "-c", script],
            Command = [],
            NetworkMode = $"container:{containerId}",
            CapAdd = ["NET_ADMIN"],
            Init = false,
        }, ct);
        try
        {
            await run.Engine.Containers.StartAsync(helper, ct);
            var exit = await run.Engine.Containers.WaitAsync(helper, ct);
            var stdout = new List<string>();
            var stderr = new List<string>();
            await foreach (var line in run.Engine.Containers.LogsAsync(helper, ct: ct))
            {
                (line.Stream == LogStream.Stderr ? stderr : stdout).Add(line.Text.TrimEnd('\n'));
            }

            return new ExecResult(exit, string.Join('\n', stdout), string.Join('\n', stderr));
        }
        finally
        {
            await run.Engine.Containers.RemoveAsync(helper, CancellationToken.None);
        }
    }
}
