using ChaosBench.Model;

namespace ChaosBench.Faults;

/// <summary>A step that hits no member (a request names its service in its URL): runs once and says what came back.</summary>
public interface IStep
{
    /// <summary>The kind as scenarios name it, e.g. <c>request</c>.</summary>
    string Kind { get; }

    /// <summary>Throws <see cref="StepFailedException"/> when the answer is not what the step requires.</summary>
    Task<FaultEffect> RunAsync(FaultContext context, Fault step, CancellationToken ct);
}
