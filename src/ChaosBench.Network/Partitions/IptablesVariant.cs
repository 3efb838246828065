namespace ChaosBench.Network.Partitions;

/// <summary>
/// Which iptables: both drive the same kernel, but each lists only the rules it made, so adding, listing and removing
/// must all use one. Match the host's (<c>update-alternatives --display iptables</c>), as the engine's own rules do.
/// </summary>
public enum IptablesVariant
{
    /// <summary><c>iptables-nft</c>: nf_tables underneath; Debian's default since bullseye.</summary>
    Nft,

    /// <summary><c>iptables-legacy</c>: the x_tables interface.</summary>
    Legacy,
}
