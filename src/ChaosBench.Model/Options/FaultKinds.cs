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
    public const string PowerLoss = "power-loss";
    public const string TornWrite = "torn-write";
    public const string Bitflip = "bitflip";
    public const string Truncate = "truncate";

    /// <summary>A step, not a fault: runs a command in the members (an operator's procedure, a backup).</summary>
    public const string Exec = "exec";

    /// <summary>A step, not a fault: one HTTP request to a service, e.g. to create data or trigger a backup.</summary>
    public const string Request = "request";

    public static IReadOnlyList<string> All { get; } = [Kill, Restart, Stop, Start, Pause, Resume, DeletePath, Partition, Heal, VersionHop, PowerLoss, TornWrite, Bitflip, Truncate, Exec, Request];

    /// <summary>Kinds that act on members given by <c>target</c>; a request names its service in its URL instead.</summary>
    public static bool TargetsMembers(string kind) => kind != Request;

    /// <summary>The fault that undoes <paramref name="kind"/> (kill → start, pause → resume, partition → heal); null when none does.</summary>
    public static string? RepairOf(string kind) => kind switch
    {
        Kill or Stop or PowerLoss or TornWrite => Start,
        Pause => Resume,
        Partition => Heal,
        _ => null,
    };

    /// <summary>Kinds that work on a power-loss volume (<c>durability: power-loss</c>): they drop what was not made durable.</summary>
    public static bool NeedsPowerLossVolume(string kind) => kind is PowerLoss or TornWrite;

    /// <summary>Kinds that change a file of a stopped member, given by <c>path</c>.</summary>
    public static bool ChangesStoppedFile(string kind) => kind is DeletePath or Bitflip or Truncate;

    /// <summary>Which parameters each kind accepts beyond at/target/pick.</summary>
    public static IReadOnlySet<string> ParametersOf(string kind) => kind switch
    {
        Kill => new HashSet<string> { "signal", "for", "when-log" },
        Stop or Pause or Partition or PowerLoss => new HashSet<string> { "for", "when-log" },
        TornWrite => new HashSet<string> { "path", "for", "when-log" },
        DeletePath or Bitflip or Truncate => new HashSet<string> { "path", "when-log" },
        VersionHop => new HashSet<string> { "to", "when-log" },
        Start => new HashSet<string> { "args", "may-fail", "when-log" },
        Exec => new HashSet<string> { "command", "exit", "match", "save", "within", "when-log" },
        Request => new HashSet<string> { "url", "method", "body", "headers", "status", "match", "save", "within" },
        _ => new HashSet<string> { "when-log" },
    };
}
