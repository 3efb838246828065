using System.Diagnostics;
using ChaosBench.Checkers;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Records;
using ChaosBench.Workloads;

namespace ChaosBench.Tests.Workloads;

/// <summary>A workload driven by hand against one endpoint, in the runner's order: steady state, load, final reads.</summary>
internal static class WorkloadRun
{
    public static WorkloadContext Context(IWorkload workload, Uri endpoint, int clients = 2, double rate = 100)
    {
        var clock = Stopwatch.StartNew();
        // The clients never look at the kind: any will do.
        return new(new Workload(TestKinds.All.Workloads[0], "target", clients, rate, 50), 7, () => [endpoint], new History(), () => clock.Elapsed);
    }

    /// <summary>Checks the steady state, then runs the clients for <paramref name="load"/>.</summary>
    public static async Task LoadAsync(IWorkload workload, WorkloadContext context, TimeSpan load, CancellationToken ct)
    {
        await workload.CheckSteadyStateAsync(context, ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(load);
        await workload.RunAsync(context, stop.Token);
    }

    public static IEnumerable<Op> Writes(WorkloadContext context, OpType type) => context.History.Ops.Where(o => o.F == "write" && o.Type == type);

    public static Verdict NoLostWrites(WorkloadContext context) =>
        new NoLostWritesChecker().Check(new Expectation(new NoLostWritesChecker(), new NoLostWritesOptions()), new CheckInput(context.History, []));
}
