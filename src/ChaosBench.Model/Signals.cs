namespace ChaosBench.Model;

/// <summary>Signal names a <c>kill</c> fault may send, with or without the SIG prefix.</summary>
public static class Signals
{
    public static IReadOnlyList<string> All { get; } = ["KILL", "TERM", "INT", "QUIT", "HUP", "USR1", "USR2", "STOP", "CONT", "ABRT", "SEGV"];

    /// <summary>The canonical name (<c>KILL</c>) for <c>kill</c>, <c>SIGKILL</c> or <c>9</c>; null when unknown.</summary>
    public static string? Normalize(string signal)
    {
        var name = signal.Trim().ToUpperInvariant();
        name = name.StartsWith("SIG", StringComparison.Ordinal) ? name[3..] : name;
        return name switch
        {
            "9" => "KILL",
            "15" => "TERM",
            "2" => "INT",
            _ => All.Contains(name) ? name : null,
        };
    }
}
