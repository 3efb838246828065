using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// What the layer does with failures: programs get an errno; a failure of the backing disk (full, read-only,
/// failing) or of the layer itself is also a <see cref="LayerError"/>, which makes the run errored.
/// </summary>
internal sealed partial class PowerLossFileSystem
{
    /// <summary>The errno a callback answers <paramref name="e"/> with; the layer's own failures are recorded.</summary>
    public int Failed(string call, Exception e)
    {
        if (e is BackingException backing)
        {
            return Environment(backing.Errno, call, null);
        }

        Errors.Report($"{call}:{e.GetType().Name}", $"the layer failed in {call}: {e.GetType().Name}: {e.Message}; programs saw EIO. This is a bug in the power-loss layer: please report it with this line");
        return -Errno.EIo;
    }

    /// <summary>
    /// Passes a -errno from the backing directory on; one that says its disk is full, read-only or failing is
    /// recorded, since it is the environment failing, not the product.
    /// </summary>
    public int Environment(int negativeErrno, string call, string? path)
    {
        if (-negativeErrno is Errno.ENoSpc or Errno.EDQuot or Errno.ERoFs or Errno.EIo)
        {
            var name = Errno.NameOf(negativeErrno);
            Errors.Report(
                $"backing:{name}",
                $"the backing directory {BackingRoot} failed {call}{(path is null ? string.Empty : $" of {path}")} with {name}; programs get {name}; fix: {Fix(-negativeErrno)}");
        }

        return negativeErrno;
    }

    /// <summary>A libc result as FUSE wants it: the value, or -errno when it failed.</summary>
    private static int Result(int result) => result < 0 ? LibC.Error() : result;

    private static string Fix(int errno) => errno switch
    {
        Errno.ENoSpc or Errno.EDQuot => "free space (and inodes) on the file system that holds it, or give the run a larger one",
        Errno.ERoFs => "the file system that holds it went read-only (after an error, or mounted so): repair or remount it",
        _ => "the disk that holds it is failing: check the kernel log (dmesg)",
    };
}
