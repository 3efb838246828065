namespace ChaosBench.PowerLoss;

/// <summary>
/// Page buffers a layer reuses. A page a flush settled or a crash dropped comes back here, and the next dirty page
/// or flush copy is taken from here, so writing far more than the unsynced limit makes no garbage: the process
/// holds about the limit, not the limit plus whatever the collector has not reclaimed yet (bench/power-loss.sh
/// measured 552 MiB of RSS for 1 GiB written unsynced without it). Keeps at most <c>capacity</c> free pages.
/// </summary>
internal sealed class PagePool(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Stack<byte[]> _free = new();

    /// <summary>A pool that keeps nothing: every page is new (for the overlay on its own, as unit tests use it).</summary>
    public static PagePool None { get; } = new(0);

    /// <summary>A page's buffer, with whatever it held before: the caller fills it.</summary>
    public byte[] Rent()
    {
        lock (_gate)
        {
            if (_free.Count > 0)
            {
                return _free.Pop();
            }
        }

        return new byte[UnsyncedFile.PageSize];
    }

    public void Return(byte[] page)
    {
        lock (_gate)
        {
            if (_free.Count < capacity)
            {
                _free.Push(page);
            }
        }
    }
}
