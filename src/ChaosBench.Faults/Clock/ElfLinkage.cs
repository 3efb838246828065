using System.Buffers.Binary;

namespace ChaosBench.Faults.Clock;

/// <summary>
/// Whether an executable runs through the dynamic loader, read from its ELF header: only a binary with a
/// <c>PT_INTERP</c> program header starts in <c>ld.so</c>, which is what honours <c>LD_PRELOAD</c>. A static binary
/// (Go products built with CGO off, static-pie included) never loads libfaketime, so its clock cannot be skewed.
/// </summary>
internal static class ElfLinkage
{
    /// <summary>How many bytes of a binary <see cref="IsDynamic"/> needs at most: its ELF header and program headers.</summary>
    public const int HeaderBytes = 64 * 1024;

    private const uint PtInterp = 3;

    /// <summary>True: dynamically linked; false: static; null: not an ELF file (or its header is cut short), so nothing can be said.</summary>
    public static bool? IsDynamic(ReadOnlySpan<byte> head)
    {
        if (head.Length < 52 || head[0] != 0x7F || head[1] != (byte)'E' || head[2] != (byte)'L' || head[3] != (byte)'F')
        {
            return null;
        }

        var wide = head[4] == 2;
        var little = head[5] == 1;
        var tableAt = wide ? Read(head, 32, 8, little) : Read(head, 28, 4, little);
        var entrySize = Read(head, wide ? 54 : 42, 2, little);
        var entries = Read(head, wide ? 56 : 44, 2, little);
        if (entrySize < 4 || tableAt + (entries * entrySize) > (ulong)head.Length)
        {
            return null;
        }

        for (ulong i = 0; i < entries; i++)
        {
            if (Read(head, (int)(tableAt + (i * entrySize)), 4, little) == PtInterp)
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Read(ReadOnlySpan<byte> bytes, int at, int size, bool little)
    {
        var field = bytes.Slice(at, size);
        return size switch
        {
            2 => little ? BinaryPrimitives.ReadUInt16LittleEndian(field) : BinaryPrimitives.ReadUInt16BigEndian(field),
            4 => little ? BinaryPrimitives.ReadUInt32LittleEndian(field) : BinaryPrimitives.ReadUInt32BigEndian(field),
            _ => little ? BinaryPrimitives.ReadUInt64LittleEndian(field) : BinaryPrimitives.ReadUInt64BigEndian(field),
        };
    }
}
