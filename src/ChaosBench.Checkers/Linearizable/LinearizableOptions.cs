using System.ComponentModel;

namespace ChaosBench.Checkers.Linearizable;

/// <summary><c>- linearizable</c>, or <c>- linearizable: { budget: 2m }</c>: every key's history fits one order in real time.</summary>
/// <remarks>The scenario's options; <see cref="LinearizabilityOptions"/> are the search's own (threads, clock).</remarks>
public sealed class LinearizableOptions
{
    /// <summary>
    /// The longest the search may take; when it runs out the verdict is unknown, never passed. Default: 30 s
    /// (<see cref="LinearizabilityOptions.DefaultBudget"/>).
    /// </summary>
    [Description("the longest the linearizability search may take; then the verdict is unknown (default 30s)")]
    public TimeSpan? Budget { get; set; }
}
