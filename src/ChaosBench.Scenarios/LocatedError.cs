namespace ChaosBench.Scenarios;

/// <summary>One thing wrong with a scenario file, where it is (1-based line and column) and how to fix it.</summary>
public sealed record LocatedError(string File, int Line, int Column, string Message, string? Fix = null)
{
    /// <summary><c>FILE:LINE:COLUMN: message; fix: ...</c>, the form editors and CI logs turn into links.</summary>
    public override string ToString() =>
        Fix is null ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Message}; fix: {Fix}";
}
