using System.Diagnostics;

namespace ChaosBench.Network.Partitions;

/// <summary>How a <see cref="Partitioner"/> and a <see cref="PartitionSweeper"/> reach members' namespaces.</summary>
public sealed class PartitionerOptions
{
    /// <summary>Default: <see cref="NamespaceAccess.Auto"/>.</summary>
    public NamespaceAccess Access { get; init; } = NamespaceAccess.Auto;

    /// <summary>The image of the helper container: the <c>iptables-1.8</c> recipe's. Default: <c>chaosbench/iptables:1.8</c>.</summary>
    public string HelperImage { get; init; } = "chaosbench/iptables:1.8";

    /// <summary>Which iptables. Default: null, the host's (what <c>iptables --version</c> says), else nft.</summary>
    public IptablesVariant? Variant { get; init; }

    internal string Iptables => (Variant ?? HostVariant.Value) == IptablesVariant.Legacy ? "iptables-legacy" : "iptables-nft";

    private static readonly Lazy<IptablesVariant> HostVariant = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("iptables", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            var version = process?.StandardOutput.ReadToEnd() ?? string.Empty;
            process?.WaitForExit();
            return version.Contains("legacy", StringComparison.Ordinal) ? IptablesVariant.Legacy : IptablesVariant.Nft;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No iptables here (an engine elsewhere): the helper's Debian default.
            return IptablesVariant.Nft;
        }
    });
}
