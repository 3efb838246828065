using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Engine.Local;
using ChaosBench.Faults.Links;
using ChaosBench.Model;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Faults;

/// <summary>What a fault may use: the engine (through the run, so helpers are labelled), the deployment, and image ids by reference.</summary>
/// <param name="ImageOf">The image id for a scenario image reference (<c>recipe:etcd-3.5</c>), resolved at provisioning.</param>
public sealed partial record FaultContext(RunResources Run, Deployment Deployment, Func<string, string> ImageOf)
{
    private IProcessSignals? _processes;

    public IContainerEngine Engine => Run.Engine;

    /// <summary>
    /// How a kill reaches a member's processes without the engine: this machine's kernel when the engine is local
    /// (the default follows <see cref="IContainerEngine.IsLocal"/>); when they cannot be reached, the engine's API.
    /// </summary>
    public IProcessSignals Processes
    {
        get => _processes ??= LocalProcesses.For(Engine);
        init => _processes = value;
    }

    /// <summary>
    /// The run may reach the host (<c>--allow-host</c>): helpers that change files get the member's binds too, and
    /// paths may lead into them. Default: false, only the member's named volumes.
    /// </summary>
    public bool AllowHost { get; init; }

    /// <summary>The real time, which a fault compares what it reads in a member with (a clock skew's offset). Default: the system's.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The run's seed: choices a fault makes at run time (which bytes survive a torn write) come from it.</summary>
    public long Seed { get; init; }

    /// <summary>The reproducible random stream of one fault on one member.</summary>
    public Random RandomFor(Fault fault, Member member) => SeededRandom.For(Seed, $"faults[{fault.Index}]/{member.Name}");

    /// <summary>The proxies on the workload's links to members that link faults shape. Default: none.</summary>
    public ClientLinks Links { get; init; } = ClientLinks.None;

    /// <summary>Called with a stopped member just before a fault starts it again (start, version hop): the moment to fingerprint its data.</summary>
    public Func<Member, CancellationToken, Task> BeforeStart { get; init; } = (_, _) => Task.CompletedTask;

    /// <summary>Values steps saved (<c>save:</c>), by name, for later steps' <c>{NAME}</c>.</summary>
    public ConcurrentDictionary<string, string> Saved { get; } = new(StringComparer.Ordinal);

    /// <summary>The run's secret values; a step saving a value under a secret name adds it. Default: none.</summary>
    public Redactor Secrets { get; init; } = new();

    /// <summary>Replaces <c>{SERVICE}</c> and <c>{MEMBER}</c> with where they are reached now (the runner's one expansion).</summary>
    public Func<string, string> ExpandAddresses { get; init; } = template => template;

    /// <summary>
    /// Replaces <c>{NAME}</c> with a value a step saved, then services and members with their addresses; anything
    /// else (JSON braces, regex counts) is left as written.
    /// </summary>
    public string Expand(string template) =>
        ExpandAddresses(Placeholder().Replace(template, m => Saved.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value));

    /// <summary>
    /// <see cref="Expand"/> of a URL lint accepted, as a URI; null when it has no host now, because a member it names
    /// has no address (its container exited before the engine gave it one): no answer from the product, not a
    /// harness error.
    /// </summary>
    public Uri? ExpandUrl(string template) =>
        Uri.TryCreate(Expand(template), UriKind.Absolute, out var url) && url.Host.Length > 0 ? url : null;

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
