using System.Buffers.Binary;
using ChaosBench.Faults.Clock;

namespace ChaosBench.Tests.Faults.Clock;

/// <summary>
/// Reading whether a binary starts in the dynamic loader, on small hand-made ELF headers: a static binary is what the
/// clock fault refuses, since LD_PRELOAD never reaches it.
/// </summary>
public sealed class ElfLinkageTests
{
    private const uint PtLoad = 1;
    private const uint PtDynamic = 2;
    private const uint PtInterp = 3;

    [Test]
    public void IsDynamic_StaticExecutable_False()
    {
        // Given a 64-bit executable with only loadable segments, as a Go binary built with CGO off
        var elf = Elf64([PtLoad, PtLoad]);

        // When its linkage is read
        var dynamic = ElfLinkage.IsDynamic(elf);

        // Then it is static
        Assert.That(dynamic, Is.False);
    }

    [Test]
    public void IsDynamic_StaticPie_False()
    {
        // Given a static-pie: a dynamic section (it relocates itself) but no interpreter
        var elf = Elf64([PtLoad, PtDynamic]);

        // When its linkage is read
        var dynamic = ElfLinkage.IsDynamic(elf);

        // Then it counts as static: no ld.so runs, so nothing is preloaded
        Assert.That(dynamic, Is.False);
    }

    [Test]
    public void IsDynamic_ExecutableWithInterpreter_True()
    {
        // Given an executable whose program headers name an interpreter (ld.so)
        var elf = Elf64([PtLoad, PtInterp, PtDynamic]);

        // When its linkage is read
        var dynamic = ElfLinkage.IsDynamic(elf);

        // Then it is dynamically linked
        Assert.That(dynamic, Is.True);
    }

    [TestCase("#!/bin/sh\nexec postgres\n")]
    [TestCase("")]
    public void IsDynamic_NotElf_Null(string text)
    {
        // Given a script, or nothing
        var bytes = System.Text.Encoding.ASCII.GetBytes(text);

        // When its linkage is read
        var dynamic = ElfLinkage.IsDynamic(bytes);

        // Then nothing can be said
        Assert.That(dynamic, Is.Null);
    }

    [Test]
    public void IsDynamic_ProgramHeadersCutShort_Null()
    {
        // Given a header whose program header table lies beyond the bytes read
        var elf = Elf64([PtLoad, PtInterp]).AsSpan(0, 80).ToArray();

        // When its linkage is read
        var dynamic = ElfLinkage.IsDynamic(elf);

        // Then nothing can be said, rather than a wrong 'static'
        Assert.That(dynamic, Is.Null);
    }

    /// <summary>A little-endian 64-bit ELF header followed by program headers of the given types.</summary>
    private static byte[] Elf64(uint[] segments)
    {
        const int header = 64;
        const int entry = 56;
        var bytes = new byte[header + (segments.Length * entry)];
        bytes[0] = 0x7F;
        bytes[1] = (byte)'E';
        bytes[2] = (byte)'L';
        bytes[3] = (byte)'F';
        bytes[4] = 2; // 64-bit
        bytes[5] = 1; // little-endian
        bytes[6] = 1; // version
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(16), 2); // ET_EXEC
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(18), 62); // x86-64
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(32), header); // e_phoff
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(54), entry); // e_phentsize
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(56), (ushort)segments.Length); // e_phnum
        for (var i = 0; i < segments.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(header + (i * entry)), segments[i]);
        }

        return bytes;
    }
}
