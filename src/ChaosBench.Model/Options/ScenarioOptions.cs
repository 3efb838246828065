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
    /// Where images the services or version hops name come from when the engine lacks them, by image reference.
    /// Default: none (an image must be a recipe, already on the engine, given with <c>--image</c>, or pulled with <c>--pull</c>).
    /// </summary>
    public Dictionary<string, ImageSourceOptions> Images { get; set; } = [];

    /// <summary>The client load and its history. Default: none.</summary>
    public WorkloadOptions? Workload { get; set; }

    /// <summary>The fault timeline, each fault at an offset from the workload's start.</summary>
    public List<FaultOptions> Faults { get; set; } = [];

    /// <summary>What must hold when the run is over.</summary>
    public List<ExpectationOptions> Expect { get; set; } = [];
}
