namespace ChaosBench.Model.Kinds;

/// <summary>
/// Every kind a scenario may name: faults and steps, expectations, workloads, clusters. The loader, validator,
/// schema, planner, runner and reports all read it, so a kind registered here works everywhere, a user's as well as
/// a built-in one: <c>BuiltInKinds.Vocabulary.With(new MyFault())</c>.
/// </summary>
public sealed record Vocabulary(
    KindCatalog<IFaultKind> Faults,
    KindCatalog<IExpectationKind> Expectations,
    KindCatalog<IWorkloadKind> Workloads,
    KindCatalog<IClusterKind> Clusters)
{
    /// <summary>No kinds at all.</summary>
    public static Vocabulary Empty { get; } = new(KindCatalog.Empty<IFaultKind>(), KindCatalog.Empty<IExpectationKind>(), KindCatalog.Empty<IWorkloadKind>(), KindCatalog.Empty<IClusterKind>());

    /// <summary>This vocabulary and <paramref name="kind"/>, in the catalog of its sort.</summary>
    /// <exception cref="ArgumentException">Its name is taken in that catalog, or it is of no sort a scenario names.</exception>
    public Vocabulary With(IKind kind) => kind switch
    {
        IFaultKind fault => this with { Faults = Faults.With(fault) },
        IExpectationKind expectation => this with { Expectations = Expectations.With(expectation) },
        IWorkloadKind workload => this with { Workloads = Workloads.With(workload) },
        IClusterKind cluster => this with { Clusters = Clusters.With(cluster) },
        _ => throw new ArgumentException($"{kind.GetType().FullName} is not a fault, expectation, workload or cluster kind", nameof(kind)),
    };

    /// <summary>The fault kind that repairs <paramref name="state"/> (stopped: start); null when none is registered.</summary>
    public IFaultKind? RepairOf(MemberState state) => Faults.FirstOrDefault(f => f.Repairs && f.Needs == state);
}
