using System.Net;

namespace ChaosBench.Engine.Cleanup;

/// <summary>
/// Removes labelled objects: those of one run at teardown, those whose owner is dead at start-up and for
/// <c>chaosbench clean</c>, or all of them for <c>chaosbench clean --all</c>. Containers go first so networks and
/// volumes are free to go. An object the engine refuses to remove (403, or 409: a network still used by a container
/// the harness did not make) is reported in the result and the sweep goes on.
/// </summary>
/// <param name="here">The host and boot the sweep runs on; default: this machine's.</param>
public sealed class Sweeper(IContainerEngine engine, KeptRuns? kept = null, HostIdentity? here = null)
{
    private readonly KeptRuns _kept = kept ?? KeptRuns.Default;

    /// <summary>Removes every object of run <paramref name="runId"/>.</summary>
    public Task<SweepResult> RemoveRunAsync(string runId, CancellationToken ct = default) =>
        RemoveAsync($"{RunLabels.Run}={runId}", _ => true, ct);

    /// <summary>
    /// Start-up: removes objects whose owner is dead (the harness was killed before its teardown, or ran in an earlier
    /// boot of this host), except runs kept on purpose. Objects of another host are never touched.
    /// </summary>
    public Task<SweepResult> RemoveOrphansAsync(CancellationToken ct = default)
    {
        var keptRuns = _kept.All;
        return RemoveAsync(RunLabels.Run, labels => !keptRuns.Contains(labels.GetValueOrDefault(RunLabels.Run, string.Empty)) && IsDead(labels), ct);
    }

    /// <summary><c>chaosbench clean</c>: removes every run whose owner is dead, kept runs included; live runs and other hosts' stay.</summary>
    public async Task<SweepResult> RemoveDeadAsync(CancellationToken ct = default)
    {
        var removed = await RemoveAsync(RunLabels.Run, IsDead, ct);
        _kept.Clear();
        return removed;
    }

    /// <summary><c>chaosbench clean --all</c>: removes every object any harness created, running or not, on any host.</summary>
    public async Task<SweepResult> RemoveAllAsync(CancellationToken ct = default)
    {
        var removed = await RemoveAsync(RunLabels.Run, _ => true, ct);
        _kept.Clear();
        return removed;
    }

    /// <summary>An object without a readable owner was made by no harness process that could still want it.</summary>
    private bool IsDead(IReadOnlyDictionary<string, string> labels) =>
        RunOwner.FromLabels(labels) is not { } owner || owner.StateFrom(here) == OwnerState.Dead;

    private async Task<SweepResult> RemoveAsync(string label, Func<IReadOnlyDictionary<string, string>, bool> select, CancellationToken ct)
    {
        var failures = new List<string>();
        var containers = (await engine.Containers.ListAsync(label, ct)).Where(c => select(c.Labels)).ToList();
        var removed = await Task.WhenAll(containers.Select(c => TryAsync($"container {c.Name}", () => engine.Containers.RemoveAsync(c.Id, ct), failures)));

        var networks = (await engine.Networks.ListAsync(label, ct)).Where(n => select(n.Labels)).ToList();
        var networksRemoved = 0;
        foreach (var network in networks)
        {
            networksRemoved += await TryAsync($"network {network.Name}", () => engine.Networks.RemoveAsync(network.Id, ct), failures) ? 1 : 0;
        }

        var volumes = (await engine.Volumes.ListAsync(label, ct)).Where(v => select(v.Labels)).ToList();
        var volumesRemoved = 0;
        foreach (var volume in volumes)
        {
            volumesRemoved += await TryAsync($"volume {volume.Name}", () => engine.Volumes.RemoveAsync(volume.Name, ct), failures) ? 1 : 0;
        }

        return new SweepResult(removed.Count(r => r), networksRemoved, volumesRemoved) { Failures = failures.Count == 0 ? SweepResult.None : failures };
    }

    /// <summary>Removes one object; a refusal of that object alone (403, 409) is noted and the sweep goes on.</summary>
    private static async Task<bool> TryAsync(string what, Func<Task> remove, List<string> failures)
    {
        try
        {
            await remove();
            return true;
        }
        catch (EngineException e) when (e.Status is HttpStatusCode.Forbidden or HttpStatusCode.Conflict)
        {
            lock (failures)
            {
                failures.Add($"{what}: {e.EngineMessage}");
            }

            return false;
        }
    }
}
