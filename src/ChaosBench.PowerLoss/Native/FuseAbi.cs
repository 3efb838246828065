using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ChaosBench.PowerLoss.Native;

/// <summary>
/// What differs between the libfuse 3 releases the layer runs on, probed once per process: the library's name
/// (3.17 ships <c>libfuse3.so.4</c>), the multi-threaded loop's entry point (3.12 added <c>fuse_loop_mt_312</c>,
/// which takes a null config; before, <c>fuse_loop_mt</c> needs a <c>fuse_loop_config</c>), and where
/// <c>nullpath_ok</c> sits in <c>struct fuse_config</c> (3.11 inserted <c>no_rofd_flush</c> before it, 3.17 moved
/// that to the end).
/// </summary>
internal sealed record FuseAbi(string Library, Version Version, string LoopSymbol, bool LoopNeedsConfig, int NullPathOkOffset)
{
    public static readonly Version Oldest = new(3, 10), Newest = new(3, 17);

    /// <summary>The sonames tried, in order.</summary>
    public static readonly IReadOnlyList<string> Libraries = ["libfuse3.so.3", "libfuse3.so.4"];

    /// <summary>The name the P/Invoke declarations use; the resolver maps it to the probed library.</summary>
    public const string ImportName = "libfuse3";

    private static readonly Lazy<(FuseAbi Abi, nint Handle)> Probed = new(Probe);

    /// <summary>The probed ABI of this machine's libfuse.</summary>
    /// <exception cref="PowerLossException">libfuse is missing or not a supported version; the message names it and the fix.</exception>
    public static FuseAbi Current => Probed.Value.Abi;

    public static nint Handle => Probed.Value.Handle;

    /// <summary>Picks the ABI of libfuse <paramref name="version"/>, and checks that the library exports what that version should.</summary>
    /// <exception cref="PowerLossException">The version is outside 3.10 to 3.17, or a symbol is missing.</exception>
    public static FuseAbi Select(string library, Version version, Func<string, bool> exports)
    {
        var minor = new Version(version.Major, version.Minor);
        if (minor < Oldest || minor > Newest)
        {
            throw new PowerLossException($"libfuse {version} ({library}) is not supported: the power-loss layer knows libfuse 3.10 to 3.17; fix: install fuse3 from a release that ships one of those (Debian 11 to 13, Ubuntu 22.04 to 24.04)");
        }

        var abi = new FuseAbi(
            library,
            version,
            version.Minor >= 12 ? "fuse_loop_mt_312" : "fuse_loop_mt",
            LoopNeedsConfig: version.Minor < 12,
            NullPathOkOffset: version.Minor is >= 11 and <= 16 ? 104 : 96);
        foreach (var symbol in new[] { "fuse_new_31", abi.LoopSymbol })
        {
            if (!exports(symbol))
            {
                throw new PowerLossException($"libfuse {version} ({library}) does not export {symbol}, which that version should; fix: reinstall fuse3 (apt-get install --reinstall fuse3)");
            }
        }

        return abi;
    }

    /// <summary>Loads the first libfuse 3 found, reads its version and routes the layer's P/Invoke calls to it.</summary>
    private static (FuseAbi, nint) Probe()
    {
        var library = Libraries.FirstOrDefault(l => NativeLibrary.TryLoad(l, out _))
            ?? throw new PowerLossException($"libfuse 3 is not installed (none of {string.Join(", ", Libraries)} loads); fix: apt-get install fuse3");
        var handle = NativeLibrary.Load(library);
        var abi = Select(library, VersionOf(handle), symbol => NativeLibrary.TryGetExport(handle, symbol, out _));
        NativeLibrary.SetDllImportResolver(Assembly.GetExecutingAssembly(), (name, _, _) => name == ImportName ? handle : 0);
        return (abi, handle);
    }

    /// <summary><c>fuse_pkgversion()</c>, e.g. "3.14.0"; anything after the digits (a distribution's suffix) is ignored.</summary>
    private static unsafe Version VersionOf(nint handle)
    {
        var text = NativeLibrary.TryGetExport(handle, "fuse_pkgversion", out var export)
            ? Marshal.PtrToStringUTF8(((delegate* unmanaged<nint>)export)()) ?? string.Empty
            : string.Empty;
        var parts = text.Split('.').Select(p => new string([.. p.TakeWhile(char.IsAsciiDigit)])).TakeWhile(p => p.Length > 0).ToList();
        return parts.Count >= 2
            ? new Version(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), parts.Count > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0)
            : throw new PowerLossException($"libfuse's version '{text}' cannot be read; fix: install fuse3 3.10 to 3.17");
    }
}
