namespace ChaosBench.Model.Records;

/// <summary>What one expectation concluded, why, and the evidence behind it.</summary>
public sealed record Verdict(string Expectation, VerdictStatus Status, string Summary, IReadOnlyDictionary<string, object?> Evidence);

/// <summary>Held, deviated, or could not be judged (e.g. the checker itself crashed).</summary>
public enum VerdictStatus
{
    Passed,
    Failed,
    Unknown,
}
