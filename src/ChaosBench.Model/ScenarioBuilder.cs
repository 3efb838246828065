using System.Collections.Immutable;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>
/// Builds a scenario in C# the way the YAML reads. Immutable: each call returns a new builder. It fills the
/// same <see cref="ScenarioOptions"/> the YAML loader fills and <see cref="Build"/> runs the same validation.
/// </summary>
/// <example><code>
/// var scenario = new ScenarioBuilder("etcd-kill-member")
///     .Duration(TimeSpan.FromSeconds(20))
///     .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Replicas = 3; s.Cluster = "etcd"; })
///     .Workload("etcd-kv", "etcd", w => w.Rate = 200)
///     .Fault(TimeSpan.FromSeconds(5), "kill", "etcd", f => f.Pick = "random")
///     .Fault(TimeSpan.FromSeconds(8), "start", "previous")
///     .Expect("no-lost-writes")
///     .Expect("recovers-within", TimeSpan.FromSeconds(10))
///     .Build();
/// </code></example>
public sealed class ScenarioBuilder
{
    private readonly ImmutableList<Action<ScenarioOptions>> _steps;

    public ScenarioBuilder(string name)
        : this([o => o.Name = name])
    {
    }

    private ScenarioBuilder(ImmutableList<Action<ScenarioOptions>> steps)
    {
        _steps = steps;
    }

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

    public ScenarioBuilder Workload(string kind, string target, Action<WorkloadOptions>? configure = null) => With(o =>
    {
        o.Workload = new WorkloadOptions { Kind = kind, Target = target };
        configure?.Invoke(o.Workload);
    });

    public ScenarioBuilder Fault(TimeSpan at, string kind, string target, Action<FaultOptions>? configure = null) => With(o =>
    {
        var fault = new FaultOptions { At = at, Kind = kind, Target = target };
        configure?.Invoke(fault);
        o.Faults.Add(fault);
    });

    /// <summary>A request step, e.g. <c>.Request(TimeSpan.FromSeconds(2), "http://{etcd}:2379/version", r => r.Save["version"] = "/etcdserver")</c>.</summary>
    public ScenarioBuilder Request(TimeSpan at, string url, Action<FaultOptions>? configure = null) => With(o =>
    {
        var request = new FaultOptions { At = at, Kind = FaultKinds.Request, Url = url };
        configure?.Invoke(request);
        o.Faults.Add(request);
    });

    public ScenarioBuilder Expect(string kind, TimeSpan? within = null) =>
        With(o => o.Expect.Add(new ExpectationOptions { Kind = kind, Within = within }));

    /// <summary>An expectation with parameters, e.g. <c>.Expect("no-lost-writes", e => e.LossWindow = TimeSpan.FromSeconds(1))</c>.</summary>
    public ScenarioBuilder Expect(string kind, Action<ExpectationOptions> configure) => With(o =>
    {
        var expectation = new ExpectationOptions { Kind = kind };
        configure(expectation);
        o.Expect.Add(expectation);
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
    public Scenario Build() => Scenario.From(ToOptions());

    private ScenarioBuilder With(Action<ScenarioOptions> step) => new(_steps.Add(step));
}
