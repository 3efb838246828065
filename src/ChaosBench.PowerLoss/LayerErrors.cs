namespace ChaosBench.PowerLoss;

/// <summary>
/// A layer's errors, each kind once (a full disk fails every write after the first): kept for the run's end and
/// raised as they happen, from whichever thread saw them.
/// </summary>
internal sealed class LayerErrors(string layer, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LayerError> _seen = [];

    public event Action<LayerError>? Raised;

    public IReadOnlyList<LayerError> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _seen.Values.OrderBy(e => e.At)];
            }
        }
    }

    /// <summary>Records the error of kind <paramref name="key"/> unless one was recorded already.</summary>
    public void Report(string key, string message)
    {
        LayerError error;
        lock (_gate)
        {
            if (_seen.ContainsKey(key))
            {
                return;
            }

            error = _seen[key] = new LayerError(time.GetUtcNow(), layer, message);
        }

        try
        {
            Raised?.Invoke(error);
        }
        catch (Exception)
        {
            // Raised on FUSE and timer threads: a failing subscriber must not take the layer down. The error is kept above.
        }
    }
}
