namespace ChaosBench.Engine.Docker;

/// <summary>Copies an engine's answer (an archive, an image) with every read watched, so a frozen engine cannot hang the copy.</summary>
internal static class StreamCopy
{
    public static async Task ToAsync(EngineCalls calls, string operation, Stream source, Stream destination, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        while (await calls.StepAsync(operation, c => source.ReadAsync(buffer, c).AsTask(), ct) is var read and > 0)
        {
            await destination.WriteAsync(buffer.AsMemory(0, read), ct);
        }
    }
}
