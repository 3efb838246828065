using ChaosBench.Model;

namespace ChaosBench.Cli.Sharding;

/// <summary>Every scenario named on the command line, and those this machine's shard runs.</summary>
/// <param name="All">What options are checked against: an <c>--image</c> may be for another shard's scenario.</param>
/// <param name="Chosen">What runs here, in the order named; empty when the shard has no file.</param>
internal sealed record ScenarioSelection(IReadOnlyList<Scenario> All, IReadOnlyList<Scenario> Chosen);
