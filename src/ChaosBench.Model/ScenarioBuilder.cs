using System.Collections.Immutable;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>
/// Builds a scenario in C# the way the YAML reads. Immutable: each call returns a new builder. It fills the
/// same <see cref="ScenarioOptions"/> the YAML loader fills, with the kinds' own options classes, and
/// <see cref="Build"/> runs the same validation against the same <see cref="Vocabulary"/>.
/// </summary>
/// <example><code>
/// var scenario = new ScenarioBuilder("etcd-kill-member", BuiltInKinds.Vocabulary)
///     .Duration(TimeSpan.FromSeconds(20))
///     .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Replicas = 3; s.Cluster = "etcd"; })
///     .Workload("etcd-kv", "etcd", w => w.Rate = 200)
///     .Fault(TimeSpan.FromSeconds(5), new KillOptions { Target = "etcd", Pick = "random" })
///     .Fault(TimeSpan.FromSeconds(8), "start", "previous")
///     .Expect("no-lost-writes")
///     .Expect("recovers-within", TimeSpan.FromSeconds(10))
///     .Build();
/// </code></example>
public sealed class ScenarioBuilder
{
    private readonly ImmutableList<Action<ScenarioOptions>> _steps;

    /// <param name="kinds">The kinds the scenario may name: the built-in ones and any of your own.</param>
    public ScenarioBuilder(string name, Vocabulary kinds)
        : this([o => o.Name = name], kinds)
    {
    }

    private ScenarioBuilder(ImmutableList<Action<ScenarioOptions>> steps, Vocabulary kinds)
    {
        _steps = steps;
        Kinds = kinds;
    }

    /// <summary>The kinds the scenario may name.</summary>
    public Vocabulary Kinds { get; }

    public ScenarioBuilder Description(string text) => With(o => o.Description = text);

    public ScenarioBuilder Seed(long seed) => With(o => o.Seed = seed);

    public ScenarioBuilder Duration(TimeSpan duration) => With(o => o.Duration = duration);

    public ScenarioBuilder Service(string name, Action<ServiceOptions> configure) => With(o =>
    {
        var service = new ServiceOptions();
        configure(service);
        o.Services[name] = service;
    });

    /// <summary>Several services addressed as one, as <c>groups: { etcd: [etcd-1, etcd-2, etcd-3] }</c> reads.</summary>
    public ScenarioBuilder Group(string name, params string[] services) => With(o => o.Groups[name] = [.. services]);

    /// <summary>A network services may join by name (<see cref="ServiceOptions.Networks"/>), created for the run.</summary>
    public ScenarioBuilder Network(string name) => With(o => o.Networks.Add(name));

    /// <summary>Where an image comes from when the engine lacks it: <c>.Image("qdrant/qdrant:v1.13.4", i => i.Tarball = "images/qdrant.tar")</c>.</summary>
    public ScenarioBuilder Image(string reference, Action<ImageSourceOptions> configure) => With(o =>
    {
        var source = new ImageSourceOptions();
        configure(source);
        o.Images[reference] = source;
    });

    /// <summary>Marks names secret (<c>secrets:</c>): env variables and saved values under them are redacted from every artifact.</summary>
    public ScenarioBuilder Secret(params string[] names) => With(o => o.Secrets.AddRange(names));

    /// <summary>The workload; its kind's own options, if any, go in <see cref="WorkloadOptions.Options"/> (default: the kind's defaults).</summary>
    public ScenarioBuilder Workload(string kind, string target, Action<WorkloadOptions>? configure = null) => With(o =>
    {
        o.Workload = new WorkloadOptions { Kind = kind, Target = target, Options = Create(Kinds.Workloads.Find(kind)?.OptionsType) };
        configure?.Invoke(o.Workload);
    });

    /// <summary>A fault or step of the kind whose options <paramref name="options"/> are: <c>.Fault(5s, new KillOptions { Target = "etcd" })</c>.</summary>
    /// <param name="for">A kind with a repair: repair it after this long.</param>
    /// <param name="whenLog">A kind aimed at members: act once a new line of the member's log matches this.</param>
    public ScenarioBuilder Fault(TimeSpan at, object options, TimeSpan? @for = null, string? whenLog = null) => With(o => o.Faults.Add(new FaultOptions
    {
        At = at,
        Kind = Kinds.Faults.FirstOrDefault(k => k.OptionsType == options.GetType())?.Name ?? options.GetType().Name,
        Options = options,
        For = @for,
        WhenLog = whenLog,
    }));

    /// <summary>A fault of a kind aimed at members that needs nothing but its target: <c>.Fault(8s, "start", "previous")</c>.</summary>
    public ScenarioBuilder Fault(TimeSpan at, string kind, string target, TimeSpan? @for = null) => With(o =>
    {
        var options = Create(Kinds.Faults.Find(kind)?.OptionsType);
        if (options is TargetOptions targeting)
        {
            targeting.Target = target;
        }

        o.Faults.Add(new FaultOptions { At = at, Kind = kind, Options = options, For = @for });
    });

    /// <summary>An expectation with its options: <c>.Expect(new NoLostWritesOptions { LossWindow = TimeSpan.FromSeconds(1) })</c>.</summary>
    public ScenarioBuilder Expect(object options) => With(o => o.Expect.Add(new ExpectationOptions
    {
        Kind = Kinds.Expectations.FirstOrDefault(k => k.OptionsType == options.GetType())?.Name ?? options.GetType().Name,
        Options = options,
    }));

    /// <summary>An expectation by name with its defaults, e.g. <c>.Expect("no-lost-writes")</c>.</summary>
    public ScenarioBuilder Expect(string kind) =>
        With(o => o.Expect.Add(new ExpectationOptions { Kind = kind, Options = Create(Kinds.Expectations.Find(kind)?.OptionsType) }));

    /// <summary>An expectation written with one value, as <c>recovers-within: 10s</c> is: <c>.Expect("recovers-within", TimeSpan.FromSeconds(10))</c>.</summary>
    public ScenarioBuilder Expect(string kind, object value) => With(o =>
    {
        var found = Kinds.Expectations.Find(kind);
        var options = Create(found?.OptionsType);
        if (options is not null && found?.Shorthand is { } key)
        {
            OptionsShape.Of(options.GetType()).Find(key)!.Set(options, value);
        }

        o.Expect.Add(new ExpectationOptions { Kind = kind, Options = options });
    });

    /// <summary>The options as filled so far: what <see cref="Build"/> validates.</summary>
    public ScenarioOptions ToOptions()
    {
        var options = new ScenarioOptions();
        foreach (var step in _steps)
        {
            step(options);
        }

        return options;
    }

    /// <summary>Validates and builds; <see cref="ScenarioInvalidException"/> lists every problem at once.</summary>
    public Scenario Build() => Scenario.From(ToOptions(), Kinds);

    private static object? Create(Type? options) => options is null ? null : OptionsShape.Of(options).Create();

    private ScenarioBuilder With(Action<ScenarioOptions> step) => new(_steps.Add(step), Kinds);
}
