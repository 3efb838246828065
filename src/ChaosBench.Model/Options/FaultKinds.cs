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

    public static IReadOnlyList<string> All { get; } = [Kill, Restart, Stop, Start, Pause, Resume, DeletePath, Partition, Heal, VersionHop, PowerLoss, TornWrite, Bitflip, Truncate];

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
        Kill => new HashSet<string> { "signal", "for" },
        Stop or Pause or Partition or PowerLoss => new HashSet<string> { "for" },
        TornWrite => new HashSet<string> { "path", "for" },
        DeletePath or Bitflip or Truncate => new HashSet<string> { "path" },
        VersionHop => new HashSet<string> { "to" },
        _ => new HashSet<string>(),
    };
}
