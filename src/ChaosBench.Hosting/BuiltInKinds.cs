using ChaosBench.Checkers;
using ChaosBench.Faults;
using ChaosBench.Model.Kinds;
using ChaosBench.Runner.Clusters;
using ChaosBench.Workloads;

namespace ChaosBench.Hosting;

/// <summary>
/// Every kind this project ships, composed where their assemblies meet: the faults and steps, the expectations with
/// their checkers, the workloads and the clusters. Add your own with <c>BuiltInKinds.Vocabulary.With(new MyFault())</c>.
/// </summary>
public static class BuiltInKinds
{
    public static Vocabulary Vocabulary { get; } = new(FaultKinds.Default, ExpectationKinds.Default, WorkloadKinds.Default, ClusterKinds.Default);
}
