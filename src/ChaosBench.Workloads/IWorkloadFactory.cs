using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Workloads;

/// <summary>A workload kind with its clients: makes a fresh <see cref="IWorkload"/> for each run, so no connection outlives its run.</summary>
public interface IWorkloadFactory : IWorkloadKind
{
    /// <summary>A fresh workload configured by <paramref name="workload"/> (and its kind's options).</summary>
    IWorkload Create(Workload workload);
}
