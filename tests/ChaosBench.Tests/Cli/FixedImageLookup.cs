using ChaosBench.Cli;
using ChaosBench.Engine;

namespace ChaosBench.Tests.Cli;

/// <summary>An engine's images as a test states them, so a plan's text is the same on every machine.</summary>
internal sealed class FixedImageLookup(IReadOnlyDictionary<string, string> ids, string? unavailable = null) : IImageLookup
{
    /// <summary>An engine that answers and has nothing.</summary>
    public static FixedImageLookup Nothing { get; } = new(new Dictionary<string, string>());

    public Task<string?> IdOfAsync(string reference, CancellationToken ct) =>
        unavailable is not null ? throw new EngineException(unavailable) : Task.FromResult(ids.GetValueOrDefault(reference));
}
