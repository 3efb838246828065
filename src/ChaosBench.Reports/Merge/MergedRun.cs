using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports.Merge;

/// <summary>One run read back from its folder, for the reports that span many runs (shards, a matrix).</summary>
/// <param name="Run">Its run record.</param>
/// <param name="Folder">The run folder, as found under the path the user gave.</param>
public sealed record MergedRun(RunRecord Run, string Folder)
{
    /// <summary>Where its <c>run.json</c> is, with '/' separators whatever the platform.</summary>
    public string RecordPath => Path.Combine(Folder, "run.json").Replace('\\', '/');

    /// <summary>What makes two runs the same scenario: its file and matrix values, else (built in C#) its name.</summary>
    public string Key => Run.ScenarioFile is { } file ? MatrixValues.Name(file, Run.Matrix) : Run.Scenario;
}
