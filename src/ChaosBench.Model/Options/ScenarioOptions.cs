namespace ChaosBench.Model.Options;

/// <summary>
/// A scenario as written: the YAML loader and the C# builder both fill this, and both hand it to
/// <see cref="ScenarioValidator"/>, so the two cannot drift. Keys mirror the YAML file.
/// </summary>
public sealed class ScenarioOptions
{
    /// <summary>The scenario's name; it names the run folder and the report. Required.</summary>
    public string? Name { get; set; }

    /// <summary>One paragraph for the report: what is tested and why.</summary>
    public string? Description { get; set; }

    /// <summary>The seed for every random choice. Default: none (<c>--seed</c>, else a fresh one, always recorded).</summary>
    public long? Seed { get; set; }

    /// <summary>How long the workload runs, faults included. Required.</summary>
    public TimeSpan? Duration { get; set; }

    /// <summary>Services by name, in start order.</summary>
    public Dictionary<string, ServiceOptions> Services { get; set; } = [];

    /// <summary>
    /// The Compose file the services were read from, as written (relative to the scenario file); its services join
    /// <see cref="Services"/> when the file is loaded. Default: none.
    /// </summary>
    public string? Compose { get; set; }

    /// <summary>
    /// Where the run differs from the Compose file as written, one line each in words a QA engineer reads
    /// ("cvat_db: restart: always ignored — the fault timeline decides restarts"); filled when the file is read.
    /// Default: none.
    /// </summary>
    public List<string> Overrides { get; set; } = [];

    /// <summary>
    /// The Compose file's variables that were unset and so read as empty, as Compose reads them, one line each with
    /// where they are used; filled when the file is read (with strict variables, each is an error instead). Default: none.
    /// </summary>
    public List<string> UnsetVariables { get; set; } = [];

    /// <summary>Networks services may join by name (<see cref="ServiceOptions.Networks"/>), each created for the run. Default: none.</summary>
    public List<string> Networks { get; set; } = [];

    /// <summary>
    /// Several services addressed as one: a workload, fault or expectation aimed at the group acts on all of its
    /// services' members, as if they were one service's replicas (three Compose services etcd-1..3 as <c>etcd</c>).
    /// Default: none.
    /// </summary>
    public Dictionary<string, List<string>> Groups { get; set; } = [];

    /// <summary>
    /// Where images the services or version hops name come from when the engine lacks them, by image reference.
    /// Default: none (an image must be a recipe, already on the engine, given with <c>--image</c>, or pulled with <c>--pull</c>).
    /// </summary>
    public Dictionary<string, ImageSourceOptions> Images { get; set; } = [];

    /// <summary>
    /// Names whose values are secret beyond those named like one (<see cref="Redaction.SecretNames"/>: <c>PASS</c>,
    /// <c>TOKEN</c>, <c>SECRET</c>, <c>KEY</c>, ...): env variables and saved values under them are replaced by <c>***</c>
    /// in everything the harness writes. Default: none.
    /// </summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>The client load and its history. Default: none.</summary>
    public WorkloadOptions? Workload { get; set; }

    /// <summary>The fault timeline, each fault at an offset from the workload's start.</summary>
    public List<FaultOptions> Faults { get; set; } = [];

    /// <summary>What must hold when the run is over.</summary>
    public List<ExpectationOptions> Expect { get; set; } = [];
}
