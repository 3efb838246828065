using ChaosBench.Engine;

namespace ChaosBench.Network.Partitions;

/// <summary>Runs a shell script inside a member's network namespace, with iptables at hand.</summary>
internal interface INamespaceShell
{
    /// <summary>How it gets there, for the record: <c>nsenter</c> or <c>helper container</c>.</summary>
    string How { get; }

    /// <summary>Runs <paramref name="script"/> with <c>sh -c</c> in the namespace of <paramref name="containerId"/>.</summary>
    Task<ExecResult> RunAsync(string containerId, string script, CancellationToken ct);
}
