using ChaosBench.Model.Records;

namespace ChaosBench.Checkers.Transactions;

/// <summary>
/// What <see cref="TransactionChecker"/> concluded: <see cref="VerdictStatus.Failed"/> when an anomaly the level
/// forbids was found, <see cref="VerdictStatus.Unknown"/> when there was nothing to judge or the history cannot
/// be checked, <see cref="VerdictStatus.Passed"/> otherwise.
/// </summary>
/// <param name="Level">The level judged against.</param>
/// <param name="Status">Passed, failed or unknown.</param>
/// <param name="Summary">The conclusion in one line.</param>
/// <param name="Stats">The transactions judged.</param>
public sealed record TransactionCheckResult(Isolation Level, VerdictStatus Status, string Summary, TransactionStats Stats)
{
    /// <summary>How many anomalies of each kind the level forbids were found.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>Examples of the forbidden anomalies counted in <see cref="Counts"/>, a few per kind, cycles as data.</summary>
    public IReadOnlyList<Anomaly> Anomalies { get; init; } = [];

    /// <summary>Anomalies found that the level allows (write skew under snapshot isolation), counted by kind.</summary>
    public IReadOnlyDictionary<string, int> AllowedCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>Examples of the allowed anomalies.</summary>
    public IReadOnlyList<Anomaly> Allowed { get; init; } = [];

    /// <summary>This result as the verdict of an expectation (named <paramref name="expectation"/>, by default the level's name), its anomalies as plain evidence.</summary>
    public Verdict ToVerdict(string? expectation = null) =>
        new(expectation ?? IsolationNames.Name(Level), Status, Summary, Judgement.Evidence(this));
}
