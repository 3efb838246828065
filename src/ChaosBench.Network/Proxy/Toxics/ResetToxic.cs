namespace ChaosBench.Network.Proxy.Toxics;

/// <summary>
/// Resets the connection (Toxiproxy's <c>reset_peer</c>): when data or a close next comes its way, it waits
/// <see cref="Timeout"/>, then closes both sockets with a zero linger, so client and upstream each get an RST
/// ("connection reset by peer") and what was unsent is dropped.
/// </summary>
public sealed record ResetToxic : Toxic
{
    /// <summary>How long after the data came the reset happens. Default: 0, at once.</summary>
    public TimeSpan Timeout { get; init; }

    public override string Kind => "reset";

    protected override string Parameters => Timeout > TimeSpan.Zero ? $"after {Format(Timeout)}" : string.Empty;

    internal override IEnumerable<string> Problems()
    {
        if (Timeout < TimeSpan.Zero)
        {
            yield return $"timeout {Format(Timeout)} is negative; fix: 0 or more";
        }
    }

    internal override async ValueTask PassAsync(Passage passage, ReadOnlyMemory<byte> data, int next) => await EndAsync(passage);

    internal override async ValueTask EndAsync(Passage passage)
    {
        await passage.UntilAsync(passage.After(passage.ReadAt, Timeout));
        passage.Close(this, reset: true, $"reset by {Key}");
    }
}
