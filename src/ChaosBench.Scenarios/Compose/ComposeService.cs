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

    /// <summary>Where the run differs from this service as written, one line each (<see cref="ComposeOverrides"/>).</summary>
    public List<string> Overrides { get; } = [];

    /// <summary>A <c>container_name</c> other than the service's name: it stays resolvable on the service's networks, as in Compose.</summary>
    public string? ContainerAlias { get; set; }

    /// <summary>The variables of the <c>env_file</c>s, later files first; <c>environment</c> overrides them whatever the key order.</summary>
    public Dictionary<string, string> FileEnv { get; } = [];
}
