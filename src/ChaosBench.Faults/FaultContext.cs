using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Model;
using ChaosBench.Model.Planning;

namespace ChaosBench.Faults;

/// <summary>What a fault may use: the engine (through the run, so helpers are labelled), the deployment, and image ids by reference.</summary>
/// <param name="ImageOf">The image id for a scenario image reference (<c>recipe:etcd-3.5</c>), resolved at provisioning.</param>
public sealed partial record FaultContext(RunResources Run, Deployment Deployment, Func<string, string> ImageOf)
{
    public IContainerEngine Engine => Run.Engine;

    /// <summary>The run's seed: choices a fault makes at run time (which bytes survive a torn write) come from it.</summary>
    public long Seed { get; init; }

    /// <summary>The reproducible random stream of one fault on one member.</summary>
    public Random RandomFor(Fault fault, Member member) => SeededRandom.For(Seed, $"faults[{fault.Index}]/{member.Name}");

    /// <summary>Called with a stopped member just before a fault starts it again (start, version hop): the moment to fingerprint its data.</summary>
    public Func<Member, CancellationToken, Task> BeforeStart { get; init; } = (_, _) => Task.CompletedTask;

    /// <summary>Values steps saved (<c>save:</c>), by name, for later steps' <c>{NAME}</c>.</summary>
    public ConcurrentDictionary<string, string> Saved { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Replaces <c>{NAME}</c> with a saved value, a member's address, or a service's first member's address;
    /// anything else (JSON braces included) is left as written.
    /// </summary>
    public string Expand(string template) => Placeholder().Replace(template, m =>
    {
        var name = m.Groups[1].Value;
        return Saved.TryGetValue(name, out var value) ? value
            : Deployment.Members.FirstOrDefault(x => x.Name == name)?.Address
            ?? Deployment.Of(name).FirstOrDefault()?.Address
            ?? m.Value;
    });

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
