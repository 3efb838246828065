using ChaosBench.Model.Options;

namespace ChaosBench.Scenarios.Compose;

/// <summary>One Compose service being read: the options it becomes, and what only the reading needs.</summary>
internal sealed class ComposeService(string name, ComposeContext compose)
{
    public string Name { get; } = name;

    public ComposeContext Compose { get; } = compose;

    public ServiceOptions Options { get; } = new();

    /// <summary>The service runs only when one of these is active; none means always.</summary>
    public List<string> Profiles { get; set; } = [];

    /// <summary>The variables of the <c>env_file</c>s, later files first; <c>environment</c> overrides them whatever the key order.</summary>
    public Dictionary<string, string> FileEnv { get; } = [];
}
