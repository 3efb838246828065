namespace ChaosBench.Model;

/// <summary>
/// One thing wrong with a scenario. <see cref="Path"/> says where in the scenario's terms
/// (<c>faults[1].kill.target</c>); the YAML loader turns it into file:line:column.
/// </summary>
public sealed record ScenarioError(string Path, string Message, string? Fix = null)
{
    public override string ToString() => Fix is null ? $"{Path}: {Message}" : $"{Path}: {Message}; fix: {Fix}";
}
