namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Closes the connection (FIN both ways) once <paramref name="Bytes"/> have passed its direction since the toxic
/// reached it (Toxiproxy's <c>limit_data</c>): the reader gets exactly that many bytes, then the end of the stream.
/// </summary>
/// <param name="Bytes">How many bytes pass before the close; at least 0.</param>
public sealed record LimitDataToxic(long Bytes) : Toxic
{
    public override string Kind => "limit-data";

    protected override string Parameters => $"{Bytes} B";

    internal override IEnumerable<string> Problems()
    {
        if (Bytes < 0)
        {
            yield return $"limit {Bytes} B is negative; fix: 0 or more bytes";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next)
    {
        var passed = passage.StateOf(this);
        var part = data[..(int)Math.Min(data.Length, Bytes - passed)];
        if (!part.IsEmpty)
        {
            await passage.NextAsync(part, next);
            passage.SetState(this, passed += part.Length);
        }

        if (passed >= Bytes)
        {
            passage.Close(this, reset: false, $"closed after {Bytes} B by {Key}");
        }
    }
}
