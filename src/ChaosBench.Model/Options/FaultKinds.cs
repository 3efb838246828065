namespace ChaosBench.Model.Options;

/// <summary>The fault kinds a scenario may name, and what each needs.</summary>
public static class FaultKinds
{
    public const string Kill = "kill";
    public const string Restart = "restart";
    public const string Stop = "stop";
    public const string Start = "start";
    public const string Pause = "pause";
    public const string Resume = "resume";
    public const string DeletePath = "delete-path";
    public const string Partition = "partition";
    public const string Heal = "heal";
    public const string VersionHop = "version-hop";

    public static IReadOnlyList<string> All { get; } = [Kill, Restart, Stop, Start, Pause, Resume, DeletePath, Partition, Heal, VersionHop];

    /// <summary>The fault that undoes <paramref name="kind"/> (kill → start, pause → resume, partition → heal); null when none does.</summary>
    public static string? RepairOf(string kind) => kind switch
    {
        Kill or Stop => Start,
        Pause => Resume,
        Partition => Heal,
        _ => null,
    };

    /// <summary>Which parameters each kind accepts beyond at/target/pick.</summary>
    public static IReadOnlySet<string> ParametersOf(string kind) => kind switch
    {
        Kill => new HashSet<string> { "signal", "for" },
        Stop or Pause or Partition => new HashSet<string> { "for" },
        DeletePath => new HashSet<string> { "path" },
        VersionHop => new HashSet<string> { "to" },
        _ => new HashSet<string>(),
    };
}
