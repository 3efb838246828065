namespace ChaosBench.Network.Partitions;

/// <summary>How a partition's rules reach a member's network namespace.</summary>
public enum NamespaceAccess
{
    /// <summary><see cref="Nsenter"/> on a local engine, <see cref="HelperContainer"/> otherwise.</summary>
    Auto,

    /// <summary>The host's iptables entered into the namespace with <c>nsenter</c>: needs root beside a local engine.</summary>
    Nsenter,

    /// <summary>A short-lived container sharing the namespace, with <c>NET_ADMIN</c>: works on any engine.</summary>
    HelperContainer,
}
