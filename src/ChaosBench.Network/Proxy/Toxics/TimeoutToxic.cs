namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Stops forwarding and holds the connection, as a link that went dark (Toxiproxy's <c>timeout</c>): nothing passes
/// its direction, not even a close. With <paramref name="Timeout"/> above 0 the connection is closed that long after
/// the toxic reached it; with 0 it stays open until the toxic is removed. Unlike Toxiproxy, which drops what arrives
/// meanwhile (so the stream resumes with a hole), held data is not read: it waits in the kernel's buffers and goes on,
/// whole and in order, when the toxic is removed, as TCP delivers it after a network heals.
/// </summary>
/// <param name="Timeout">When above 0, close each connection this long after the toxic reached it. 0: hold until removed.</param>
public sealed record TimeoutToxic(TimeSpan Timeout) : Toxic
{
    public override string Kind => "timeout";

    protected override string Parameters => Timeout > TimeSpan.Zero ? $"close after {Format(Timeout)}" : "hold";

    internal override TimeSpan? ClosesAfter => Timeout > TimeSpan.Zero ? Timeout : null;

    internal override IEnumerable<string> Problems()
    {
        if (Timeout < TimeSpan.Zero)
        {
            yield return $"timeout {Format(Timeout)} is negative; fix: 0 (hold until removed) or more";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next) => await passage.HoldAsync();

    internal override async ValueTask EndAsync(Passage passage) => await passage.HoldAsync();
}
