namespace ChaosBench.Scenarios;

/// <summary>One thing wrong with a scenario file, where it is (1-based line and column) and how to fix it.</summary>
public sealed record LocatedError(string File, int Line, int Column, string Message, string? Fix = null)
{
    /// <summary>
    /// <c>FILE:LINE:COLUMN: message; fix: ...</c> on one line, the form editors and CI logs turn into links; a line
    /// break in a quoted value (a multi-line name, say) is shown as <c>\n</c> so the error stays one line.
    /// </summary>
    public override string ToString() => OneLine(Fix is null ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Message}; fix: {Fix}");

    private static string OneLine(string text) => text.ReplaceLineEndings("\\n");
}
