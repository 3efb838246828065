namespace ChaosBench.Engine.Cleanup;

/// <summary>
/// Removes labelled objects: those of one run at teardown, those whose owner process is gone at start-up,
/// or all of them for <c>chaosbench clean</c>. Containers go first so networks and volumes are free to go.
/// </summary>
public sealed class Sweeper(IContainerEngine engine, KeptRuns? kept = null)
{
    private readonly KeptRuns _kept = kept ?? KeptRuns.Default;

    /// <summary>Removes every object of run <paramref name="runId"/>.</summary>
    public Task<SweepResult> RemoveRunAsync(string runId, CancellationToken ct = default) =>
        RemoveAsync($"{RunLabels.Run}={runId}", _ => true, ct);

    /// <summary>Removes objects whose owner process has died (the harness was killed before its teardown), except runs kept on purpose.</summary>
    public Task<SweepResult> RemoveOrphansAsync(CancellationToken ct = default)
    {
        var kept = _kept.All;
        return RemoveAsync(RunLabels.Run, labels => !kept.Contains(labels.GetValueOrDefault(RunLabels.Run, string.Empty)) && (RunOwner.FromLabels(labels)?.IsGone() ?? true), ct);
    }

    /// <summary>Removes every object any harness created, running or not, kept runs included.</summary>
    public async Task<SweepResult> RemoveAllAsync(CancellationToken ct = default)
    {
        var removed = await RemoveAsync(RunLabels.Run, _ => true, ct);
        _kept.Clear();
        return removed;
    }

    private async Task<SweepResult> RemoveAsync(string label, Func<IReadOnlyDictionary<string, string>, bool> select, CancellationToken ct)
    {
        var containers = (await engine.Containers.ListAsync(label, ct)).Where(c => select(c.Labels)).ToList();
        await Task.WhenAll(containers.Select(c => engine.Containers.RemoveAsync(c.Id, ct)));

        var networks = (await engine.Networks.ListAsync(label, ct)).Where(n => select(n.Labels)).ToList();
        foreach (var network in networks)
        {
            await engine.Networks.RemoveAsync(network.Id, ct);
        }

        var volumes = (await engine.Volumes.ListAsync(label, ct)).Where(v => select(v.Labels)).ToList();
        foreach (var volume in volumes)
        {
            await engine.Volumes.RemoveAsync(volume.Name, ct);
        }

        return new SweepResult(containers.Count, networks.Count, volumes.Count);
    }
}

/// <summary>How many objects a sweep removed.</summary>
public sealed record SweepResult(int Containers, int Networks, int Volumes)
{
    public int Total => Containers + Networks + Volumes;

    public override string ToString() => $"{Containers} containers, {Networks} networks, {Volumes} volumes";
}
