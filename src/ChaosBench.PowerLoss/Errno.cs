using System.Collections.Frozen;

namespace ChaosBench.PowerLoss;

/// <summary>
/// The Linux errno values the layer answers programs with, by name, in one place: FUSE callbacks return them
/// negated, and an <c>io-error</c> fault may name any of <see cref="Names"/>.
/// </summary>
public static class Errno
{
    public const int EPerm = 1, ENoEnt = 2, EIntr = 4, EIo = 5, EBadF = 9, EAgain = 11, ENoMem = 12, EAccess = 13, EBusy = 16;
    public const int EExist = 17, EInval = 22, EFBig = 27, ENoSpc = 28, ERoFs = 30, ENotEmpty = 39, EOpNotSupp = 95, ETimedOut = 110, EDQuot = 122;

    private static readonly FrozenDictionary<string, int> ByName = new Dictionary<string, int>
    {
        ["EPERM"] = EPerm, ["ENOENT"] = ENoEnt, ["EINTR"] = EIntr, ["EIO"] = EIo, ["EBADF"] = EBadF, ["EAGAIN"] = EAgain,
        ["ENOMEM"] = ENoMem, ["EACCES"] = EAccess, ["EBUSY"] = EBusy, ["EEXIST"] = EExist, ["EINVAL"] = EInval,
        ["EFBIG"] = EFBig, ["ENOSPC"] = ENoSpc, ["EROFS"] = ERoFs, ["ENOTEMPTY"] = ENotEmpty, ["EOPNOTSUPP"] = EOpNotSupp,
        ["ETIMEDOUT"] = ETimedOut, ["EDQUOT"] = EDQuot,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names an <c>io-error</c> fault may give, e.g. <c>EIO</c>, <c>ENOSPC</c>, <c>EROFS</c>.</summary>
    public static IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="name"/> (<c>EIO</c> is 5); false for a name the layer does not know.</summary>
    public static bool TryParse(string name, out int errno) => ByName.TryGetValue(name, out errno);

    /// <summary><c>EIO</c> for 5; <c>errno 77</c> for one without a name here.</summary>
    public static string NameOf(int errno) =>
        ByName.FirstOrDefault(p => p.Value == Math.Abs(errno)).Key ?? $"errno {Math.Abs(errno)}";
}
