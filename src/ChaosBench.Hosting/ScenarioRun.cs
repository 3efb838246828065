using ChaosBench.Runner;

namespace ChaosBench.Hosting;

/// <summary>A finished run and the folder its reports were written to.</summary>
/// <param name="Result">The record, history and logs of the run.</param>
/// <param name="Folder">The run folder, holding <c>run.json</c> and <c>report.html</c>.</param>
public sealed record ScenarioRun(RunResult Result, string Folder);
