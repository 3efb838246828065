namespace ChaosBench.PowerLoss;

/// <summary>
/// Something went wrong inside a mounted layer that the program did not cause and the harness must not ignore:
/// its backing disk is full or failing, or the layer itself failed. Programs got an errno; the run that saw it
/// is errored, and its timeline shows it under <see cref="TimelineKind"/>.
/// </summary>
/// <param name="At">When it first happened, on the layer's clock.</param>
/// <param name="Layer">The layer's name (its mount point's, e.g. <c>etcd-1-data</c>).</param>
/// <param name="Message">What happened, what programs saw, and the fix.</param>
public sealed record LayerError(DateTimeOffset At, string Layer, string Message)
{
    /// <summary>The timeline entry kind for a layer error.</summary>
    public const string TimelineKind = "layer-error";

    public override string ToString() => $"{Layer}: {Message}";
}
