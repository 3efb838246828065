namespace ChaosBench.Checkers.Transactions;

/// <summary>Every anomaly found, counted by kind, the first few of each kept as examples (built only when kept).</summary>
internal sealed class Findings(int maxExamples)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<Anomaly> _examples = [];

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public IReadOnlyList<Anomaly> Examples => _examples;

    public void Add(string kind, Func<Anomaly> example)
    {
        var count = _counts.GetValueOrDefault(kind) + 1;
        _counts[kind] = count;
        if (count <= maxExamples)
        {
            _examples.Add(example());
        }
    }

    public void Add(Anomaly anomaly) => Add(anomaly.Kind, () => anomaly);
}
