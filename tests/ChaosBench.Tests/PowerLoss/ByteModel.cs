namespace ChaosBench.Tests.PowerLoss;

/// <summary>The simplest model of a file's bytes, for the properties the page overlay is checked against.</summary>
internal static class ByteModel
{
    public static byte[] Filled(int length, byte value) => Enumerable.Repeat(value, length).ToArray();

    /// <summary>truncate(2) on the model: cut, or extend with zeros.</summary>
    public static void Resize(List<byte> bytes, int size)
    {
        if (size < bytes.Count)
        {
            bytes.RemoveRange(size, bytes.Count - size);
        }

        bytes.AddRange(new byte[size - bytes.Count]);
    }
}
