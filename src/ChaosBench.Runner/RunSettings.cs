using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>How to run a scenario: the seed, a plan to replay, what to leave behind, who watches.</summary>
public sealed record RunSettings
{
    /// <summary>Overrides the scenario's seed. Default: the scenario's, else a fresh one.</summary>
    public long? Seed { get; init; }

    /// <summary>A recorded plan to follow instead of resolving one (replay).</summary>
    public Plan? Plan { get; init; }

    /// <summary>Image ids to insist on (replay): service image reference → id. A different id is an error.</summary>
    public IReadOnlyDictionary<string, string> PinnedImages { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Tarballs (<c>docker save</c> files) to load an image from when the engine lacks it: image reference → file.
    /// The scenario's <c>images:</c> and <c>--image</c> fill it. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Tarballs { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Pull an image that is neither on the engine nor in a tarball from its registry. Default: false, so a run
    /// never reaches the network by itself and a moving tag cannot change what it runs unnoticed.
    /// </summary>
    public bool Pull { get; init; }

    /// <summary>Where <c>${VAR}</c> in an external service's url is looked up. Default: the process environment.</summary>
    public Func<string, string?> Variables { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>
    /// The scenario was loaded with <c>--allow-host</c> and may reach the host beyond its folder: helpers that change
    /// files get the members' binds too. Recorded in the run record and shown by the reports. Default: false.
    /// </summary>
    public bool AllowHost { get; init; }

    /// <summary>Leave containers, networks and volumes up when the run fails or errors. Default: false.</summary>
    public bool KeepOnFailure { get; init; }

    /// <summary>Harness build, engine endpoint and host for the record.</summary>
    public required EnvironmentRecord Environment { get; init; }

    public IRunObserver Observer { get; init; } = IRunObserver.None;
}
