namespace ChaosBench.Scenarios;

/// <summary>A scenario file that cannot be loaded; <see cref="Errors"/> holds every problem in it, sorted by position.</summary>
public sealed class ScenarioLoadException(string file, IReadOnlyList<LocatedError> errors)
    : Exception(string.Join("\n", errors))
{
    /// <summary>The file as the caller named it.</summary>
    public string File { get; } = file;

    /// <summary>Every problem in the file, sorted by line and column; never empty.</summary>
    public IReadOnlyList<LocatedError> Errors { get; } = errors;
}
