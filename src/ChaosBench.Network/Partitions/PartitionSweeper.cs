using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Network.Partitions;

/// <summary>
/// Removes the partitions of runs that died before healing them: in every running container that carries a run label,
/// the jumps whose comment names a dead run, and their chains. Rules of live runs are left alone.
/// </summary>
public sealed class PartitionSweeper(RunResources run, PartitionerOptions? options = null)
{
    private readonly PartitionerOptions _options = options ?? new PartitionerOptions();

    /// <summary>Sweeps for <paramref name="deadRuns"/> (run ids); a container that cannot be looked into is a problem, not a stop.</summary>
    public async Task<PartitionSweep> SweepAsync(IReadOnlySet<string> deadRuns, CancellationToken ct = default)
    {
        var shell = Partitioner.Shell(run, _options);
        var containers = (await run.Engine.Containers.ListAsync(RunLabels.Run, ct)).Where(c => c.State.Running).ToList();
        var removed = new List<string>();
        var problems = new List<string>();
        foreach (var container in containers)
        {
            ExecResult listed;
            try
            {
                listed = await shell.RunAsync(container.Id, IptablesScript.List(_options.Iptables), ct);
            }
            catch (EngineNotFoundException)
            {
                // Listed running, removed since (another run's teardown): nothing of it is left to sweep.
                continue;
            }

            if (!listed.Succeeded)
            {
                problems.Add($"{container.Name}: could not list its rules (exit {listed.ExitCode}): {listed.Stderr.Trim()}");
                continue;
            }

            foreach (var (dead, chain) in IptablesScript.Jumps(listed.Stdout).Where(j => deadRuns.Contains(j.Run)).Distinct())
            {
                var problem = await Partitioner.RemoveAsync(shell, run.Engine, _options.Iptables, container.Id, dead, chain, ct);
                if (problem is null)
                {
                    removed.Add($"{container.Name}: {chain} of run {dead}");
                }
                else
                {
                    problems.Add($"{container.Name}: {problem}");
                }
            }
        }

        return new PartitionSweep(containers.Count, removed, problems);
    }
}
