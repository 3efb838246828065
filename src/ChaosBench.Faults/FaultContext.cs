using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Model;
using ChaosBench.Model.Planning;

namespace ChaosBench.Faults;

/// <summary>What a fault may use: the engine (through the run, so helpers are labelled), the deployment, and image ids by reference.</summary>
/// <param name="ImageOf">The image id for a scenario image reference (<c>recipe:etcd-3.5</c>), resolved at provisioning.</param>
public sealed record FaultContext(RunResources Run, Deployment Deployment, Func<string, string> ImageOf)
{
    public IContainerEngine Engine => Run.Engine;

    /// <summary>The run's seed: choices a fault makes at run time (which bytes survive a torn write) come from it.</summary>
    public long Seed { get; init; }

    /// <summary>The reproducible random stream of one fault on one member.</summary>
    public Random RandomFor(Fault fault, Member member) => SeededRandom.For(Seed, $"faults[{fault.Index}]/{member.Name}");

    /// <summary>Called with a stopped member just before a fault starts it again (start, version hop): the moment to fingerprint its data.</summary>
    public Func<Member, CancellationToken, Task> BeforeStart { get; init; } = (_, _) => Task.CompletedTask;
}
