using ChaosBench.Hosting;
using ChaosBench.Model.Kinds;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests;

/// <summary>The built-in kinds, which scenarios in tests are read and built with.</summary>
internal static class TestKinds
{
    public static Vocabulary All => BuiltInKinds.Vocabulary;

    public static ScenarioLoader Loader { get; } = new(All);

    public static IFaultKind Fault(string name) => All.Faults.Get(name);

    public static IExpectationKind Expectation(string name) => All.Expectations.Get(name);

    public static IWorkloadKind Workload(string name) => All.Workloads.Get(name);
}
