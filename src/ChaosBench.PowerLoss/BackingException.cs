namespace ChaosBench.PowerLoss;

/// <summary>A call on the backing directory failed; FUSE callbacks answer the program with its errno.</summary>
internal sealed class BackingException(string call, int negativeErrno)
    : Exception($"{call} on the backing directory failed: errno {-negativeErrno}")
{
    public int Errno { get; } = negativeErrno;
}
