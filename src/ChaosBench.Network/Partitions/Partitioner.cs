using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Network.Partitions;

/// <summary>
/// Draws partitions between members of one run with iptables DROP rules in the receiving members' network namespaces
/// (see <see cref="PartitionShape"/>), and heals them. Chains are numbered in the order drawn, across every
/// partitioner of this process, so two partitioners of one run never pick the same chain.
/// A member restarted while partitioned gets a new namespace, without the rules: whoever restarts it draws them again.
/// </summary>
public sealed class Partitioner
{
    private readonly RunResources _run;
    private readonly INamespaceShell _shell;
    private readonly string _iptables;
    private static int _count;

    public Partitioner(RunResources run, PartitionerOptions? options = null)
    {
        options ??= new PartitionerOptions();
        _run = run;
        _shell = Shell(run, options);
        _iptables = options.Iptables;
    }

    /// <summary>How rules reach the namespaces, for the record: nsenter, or a helper container with NET_ADMIN.</summary>
    public string How => _shell.How;

    /// <summary>
    /// Adds the rules of <paramref name="shape"/> to every receiving member at once. When any member fails, the rules
    /// already drawn are removed again and <see cref="PartitionException"/> says which member failed and why.
    /// </summary>
    public async Task<DrawnPartition> ApplyAsync(PartitionShape shape, CancellationToken ct = default)
    {
        var chain = IptablesScript.Chain(_run.RunId, Interlocked.Increment(ref _count));
        var receivers = shape.Drops.Select(d => d.Receiver).ToList();
        var results = await Task.WhenAll(shape.Drops.Select(d => DrawAsync(d, chain, ct)));
        var failed = shape.Drops.Zip(results).FirstOrDefault(r => !r.Second.Succeeded);
        if (failed != default)
        {
            try
            {
                await HealAsync(chain, receivers, CancellationToken.None);
            }
            catch (PartitionException)
            {
                // The failure to report is the first one; the sweep removes whatever this left.
            }

            throw new PartitionException(failed.First.Receiver.Name, $"could not draw chain {chain} via {How} (exit {failed.Second.ExitCode}): {failed.Second.Stderr.Trim()}");
        }

        return new DrawnPartition(this, shape, chain, receivers);
    }

    /// <summary>One member's rules; an engine that cannot find or enter the member is a failed result, so the others are rolled back too.</summary>
    private async Task<ExecResult> DrawAsync(Drop drop, string chain, CancellationToken ct)
    {
        try
        {
            return await _shell.RunAsync(drop.Receiver.ContainerId, IptablesScript.Apply(_iptables, _run.RunId, chain, drop.Sources), ct);
        }
        catch (EngineException e)
        {
            return new ExecResult(-1, string.Empty, e.Message);
        }
    }

    internal async Task HealAsync(string chain, IReadOnlyList<PartitionMember> members, CancellationToken ct)
    {
        var problems = await Task.WhenAll(members.Select(m => RemoveAsync(_shell, _run.Engine, _iptables, m.ContainerId, _run.RunId, chain, ct)));
        var left = members.Zip(problems).Where(p => p.Second is not null).ToList();
        if (left.Count > 0)
        {
            throw new PartitionException(string.Join(", ", left.Select(l => l.First.Name)), string.Join("; ", left.Select(l => l.Second)));
        }
    }

    /// <summary>Removes the chain from one container; null when nothing of it is left, else what went wrong.</summary>
    internal static async Task<string?> RemoveAsync(INamespaceShell shell, IContainerEngine engine, string iptables, string containerId, string runId, string chain, CancellationToken ct)
    {
        try
        {
            if (!(await engine.Containers.InspectAsync(containerId, ct)).State.Running)
            {
                return null;
            }
        }
        catch (EngineNotFoundException)
        {
            return null;
        }

        var result = await shell.RunAsync(containerId, IptablesScript.Heal(iptables, runId, chain), ct);
        return !result.Succeeded ? $"listing the rules after removing chain {chain} failed (exit {result.ExitCode}): {result.Stderr.Trim()}"
            : IptablesScript.Mentions(result.Stdout, chain) ? $"chain {chain} is still there after its removal:\n{result.Stdout.Trim()}"
            : null;
    }

    internal static INamespaceShell Shell(RunResources run, PartitionerOptions options) =>
        options.Access == NamespaceAccess.Nsenter || (options.Access == NamespaceAccess.Auto && run.Engine.IsLocal)
            ? new NsenterShell(run.Engine)
            : new HelperContainerShell(run, options.HelperImage);
}
