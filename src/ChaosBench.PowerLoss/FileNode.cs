using ChaosBench.PowerLoss.Native;

namespace ChaosBench.PowerLoss;

/// <summary>
/// One regular file the layer has seen opened: its backing descriptor (kept while it is open or holds
/// unsynced data, so renames and unlinks do not lose it) and what it holds beyond the durable copy.
/// </summary>
internal sealed unsafe class FileNode(ulong inode, int fd, string path, PagePool pool) : IFileBacking
{
    public ulong Inode { get; } = inode;

    public int Fd { get; } = fd;

    /// <summary>The path it was last opened by, relative to the mount, for reports and <c>torn-write</c>'s filter.</summary>
    public string Path { get; set; } = path;

    /// <summary>Open handles; guarded by the file system's table lock.</summary>
    public int Handles { get; set; }

    /// <summary>Guards <see cref="Unsynced"/>; held to read, write and copy pages, never while writing to the backing file.</summary>
    public Lock Gate { get; } = new();

    /// <summary>One flush of the file at a time: an fsync waits for a write-back in progress, as on a real file system. Taken before <see cref="Gate"/>.</summary>
    public Lock FlushGate { get; } = new();

    public UnsyncedFile Unsynced { get; set; } = new(SizeOf(fd), pool);

    public long Size => SizeOf(Fd);

    public int ReadAt(long offset, Span<byte> buffer)
    {
        var total = 0;
        fixed (byte* start = buffer)
        {
            while (total < buffer.Length)
            {
                var read = LibC.PRead(Fd, start + total, (nuint)(buffer.Length - total), offset + total);
                if (read <= 0)
                {
                    Check(read, "pread");
                    break;
                }

                total += (int)read;
            }
        }

        return total;
    }

    public void WriteAt(long offset, ReadOnlySpan<byte> data)
    {
        var total = 0;
        fixed (byte* start = data)
        {
            while (total < data.Length)
            {
                var written = LibC.PWrite(Fd, start + total, (nuint)(data.Length - total), offset + total);
                Check(written <= 0 ? -1 : 0, "pwrite");
                total += (int)written;
            }
        }
    }

    public void SetSize(long size) => Check(LibC.FTruncate(Fd, size), "ftruncate");

    public void Sync() => Check(LibC.FDataSync(Fd), "fdatasync");

    /// <summary>True when the backing file still has a name (it was not unlinked or renamed over).</summary>
    public bool IsLinked()
    {
        Stat stat;
        return LibC.FStat(Fd, &stat) == 0 && stat.Links > 0;
    }

    public static long SizeOf(int fd)
    {
        Stat stat;
        Check(LibC.FStat(fd, &stat), "fstat");
        return stat.Size;
    }

    private static void Check(long result, string call)
    {
        if (result < 0)
        {
            throw new BackingException(call, LibC.Error());
        }
    }
}
