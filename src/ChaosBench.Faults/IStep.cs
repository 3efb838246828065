using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>A step kind that hits no member (a request names its service in its URL): runs once and says what came back.</summary>
public interface IStep : IFaultKind
{
    /// <summary>Throws <see cref="StepFailedException"/> when the answer is not what the step requires.</summary>
    Task<FaultEffect> RunAsync(FaultContext context, Fault fault, CancellationToken ct);
}
