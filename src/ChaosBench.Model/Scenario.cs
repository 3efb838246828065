using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>A validated scenario: the topology, the workload, the fault timeline and the expectations.</summary>
public sealed record Scenario
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The seed written in the scenario, if any; <c>--seed</c> overrides it.</summary>
    public long? Seed { get; init; }

    public required TimeSpan Duration { get; init; }

    public required IReadOnlyList<Service> Services { get; init; }

    /// <summary>Networks services join by name (<see cref="Service.Networks"/>), next to the run's default one.</summary>
    public IReadOnlyList<string> Networks { get; init; } = [];

    /// <summary>Several services addressed as one, by group name: the services' names, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The Compose file the services came from, as written; null when there is none.</summary>
    public string? Compose { get; init; }

    /// <summary>Where the run differs from the Compose file as written, one line each (<see cref="ScenarioOptions.Overrides"/>).</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The Compose file's unset variables, read as empty, one line each (<see cref="ScenarioOptions.UnsetVariables"/>).</summary>
    public IReadOnlyList<string> UnsetVariables { get; init; } = [];

    /// <summary>Where images come from when the engine lacks them, by image reference (<c>images:</c>).</summary>
    public IReadOnlyDictionary<string, ImageSource> Images { get; init; } = new Dictionary<string, ImageSource>();

    public Workload? Workload { get; init; }

    /// <summary>
    /// Names marked secret (<c>secrets:</c>, or <c>secret: true</c> on an env value): env variables and saved values
    /// under them are redacted like those <see cref="Redaction.SecretNames"/> matches.
    /// </summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>
    /// Values secret wherever they land, whatever name holds them: the loader sets those a Compose file's <c>${VAR}</c>
    /// took from a secret (<see cref="Redaction.SecretFlow"/>). Default: none.
    /// </summary>
    public IReadOnlyList<string> SecretValues { get; init; } = [];

    public required IReadOnlyList<Fault> Faults { get; init; }

    public required IReadOnlyList<Expectation> Expectations { get; init; }

    /// <summary>The file the scenario came from; null when built in C#.</summary>
    public string? SourceFile { get; init; }

    /// <summary>
    /// The values of the file's <c>matrix:</c> this scenario is the expansion for, in the order declared; empty when the
    /// file has no matrix. <see cref="Name"/> then carries them too (<see cref="MatrixValues.Name"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Matrix { get; init; } = new Dictionary<string, string>();

    /// <summary>The kinds the scenario was read with: every fault, expectation, workload and cluster it names is one of them.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Vocabulary Kinds { get; init; } = Vocabulary.Empty;

    public Service Service(string name) => Services.First(s => s.Name == name);

    /// <summary>The services <paramref name="name"/> stands for: a group's, in order, or the one service.</summary>
    public IReadOnlyList<Service> ServicesIn(string name) =>
        Groups.TryGetValue(name, out var group) ? group.Select(Service).ToList() : Services.Where(s => s.Name == name).ToList();

    /// <summary>The members a service or group has, by service or group name; the groups' are their services' in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MembersByName() =>
        Services.Select(s => s.Name).Concat(Groups.Keys).ToDictionary(n => n, n => (IReadOnlyList<string>)ServicesIn(n).SelectMany(s => s.Members).ToList(), StringComparer.Ordinal);

    /// <summary>
    /// Every image the run needs, each once, in order: the services' (external ones have none), then the version
    /// hops', each after its <c>use</c> override.
    /// </summary>
    public IReadOnlyList<string> ImageReferences() =>
        Services.Where(s => !s.IsExternal).Select(s => s.Image).Concat(Faults.SelectMany(f => f.Kind.Images(f.Options))).Select(Resolve).Distinct().ToList();

    /// <summary>The image that runs where the scenario names <paramref name="reference"/>: its <c>use</c> override, else itself.</summary>
    public string Resolve(string reference) => Images.TryGetValue(reference, out var source) && source.Use is { } use ? use : reference;

    /// <summary>Validates <paramref name="options"/> against <paramref name="kinds"/> and builds the scenario; <see cref="ScenarioInvalidException"/> lists every problem.</summary>
    /// <param name="host">What of the host it may reach; default: <see cref="HostAccess.Default"/>.</param>
    public static Scenario From(ScenarioOptions options, Vocabulary kinds, string? sourceFile = null, HostAccess? host = null)
    {
        var errors = ScenarioValidator.Validate(options, kinds, host);
        if (errors.Count > 0)
        {
            throw new ScenarioInvalidException(sourceFile, errors);
        }

        return new Scenario
        {
            Name = options.Name!,
            Description = options.Description,
            Seed = options.Seed,
            Duration = options.Duration!.Value,
            Services = options.Services.Select(s => Model.Service.From(s.Key, s.Value)).ToList(),
            Networks = [.. options.Networks],
            Groups = options.Groups.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Value], StringComparer.Ordinal),
            Compose = options.Compose,
            Overrides = [.. options.Overrides],
            UnsetVariables = [.. options.UnsetVariables],
            Images = options.Images.ToDictionary(i => i.Key, i => new ImageSource(i.Value.Tarball, i.Value.Use), StringComparer.Ordinal),
            Secrets = [.. options.Secrets.Concat(options.Services.Values.SelectMany(s => s.SecretEnv)).Distinct(StringComparer.Ordinal)],
            Workload = options.Workload is { } w ? WorkloadOf(w, kinds.Workloads.Get(w.Kind!)) : null,
            Faults = options.Faults.Select((f, i) => new Fault(i, f.At!.Value, kinds.Faults.Get(f.Kind!), Copy(f.Options!)) { For = f.For, WhenLog = f.WhenLog }).ToList(),
            Expectations = options.Expect.Select(e => new Expectation(kinds.Expectations.Get(e.Kind!), Copy(e.Options!))).ToList(),
            SourceFile = sourceFile,
            Kinds = kinds,
        };
    }

    private static Workload WorkloadOf(WorkloadOptions w, IWorkloadKind kind) =>
        new(kind, w.Target!, w.Clients, w.Rate, w.Keys) { Options = Copy(w.Options ?? OptionsShape.Of(kind.OptionsType).Create()) };

    /// <summary>The scenario keeps options nobody else holds: a builder's or reader's later changes do not reach it.</summary>
    private static object Copy(object options) => OptionsShape.Of(options.GetType()).Copy(options);
}
