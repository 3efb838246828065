namespace ChaosBench.Engine.Cleanup;

/// <summary>
/// Creates the objects of one run, each labelled with the run and its owner, and removes them all at
/// teardown, whatever happened in between. Teardown finds objects by label, so nothing created is missed.
/// </summary>
public sealed class RunResources(IContainerEngine engine, string runId) : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _labels = RunLabels.For(runId, RunOwner.Current);

    public string RunId { get; } = runId;

    public IContainerEngine Engine { get; } = engine;

    /// <summary>The labels every object of this run carries.</summary>
    public IReadOnlyDictionary<string, string> Labels => _labels;

    /// <summary>Creates a container labelled with this run (plus the spec's own labels); returns its id.</summary>
    public Task<string> CreateContainerAsync(ContainerSpec spec, CancellationToken ct = default) =>
        Engine.Containers.CreateAsync(spec with { Labels = RunLabels.For(RunId, RunOwner.Current, spec.Labels) }, ct);

    public Task<string> CreateNetworkAsync(string name, CancellationToken ct = default) =>
        Engine.Networks.CreateAsync(name, _labels, false, ct);

    public Task<string> CreateVolumeAsync(string name, CancellationToken ct = default) =>
        Engine.Volumes.CreateAsync(name, _labels, ct);

    /// <summary>Removes every object of this run. Safe to call more than once; runs even after cancellation.</summary>
    public Task<SweepResult> TeardownAsync() => new Sweeper(Engine).RemoveRunAsync(RunId, CancellationToken.None);

    public async ValueTask DisposeAsync() => await TeardownAsync();
}
