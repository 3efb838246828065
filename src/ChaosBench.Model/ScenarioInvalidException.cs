namespace ChaosBench.Model;

/// <summary>A scenario that cannot run; <see cref="Errors"/> holds every problem, not just the first.</summary>
public sealed class ScenarioInvalidException(string? file, IReadOnlyList<ScenarioError> errors)
    : Exception($"{file ?? "scenario"}: {errors.Count} problem(s):\n  " + string.Join("\n  ", errors))
{
    public string? File { get; } = file;

    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
