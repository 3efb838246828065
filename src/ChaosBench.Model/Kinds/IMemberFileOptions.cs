namespace ChaosBench.Model.Kinds;

/// <summary>
/// The options of a fault that changes a member's file at an absolute path (delete-path, bitflip, truncate,
/// zero-sector). The trust rules (docs/trust.md) read the path from here: at lint time it must lie in a named volume
/// of the member unless the run allows the host, so a kind of one's own is held to them by implementing this.
/// </summary>
public interface IMemberFileOptions
{
    /// <summary>The absolute path inside the member.</summary>
    string? Path { get; }
}
