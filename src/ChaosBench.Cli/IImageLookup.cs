namespace ChaosBench.Cli;

/// <summary>
/// Which images the engine has, as <c>plan</c> asks it: the engine in use, a fixed answer in tests, so a plan's
/// text does not depend on what this machine happens to hold.
/// </summary>
internal interface IImageLookup
{
    /// <summary>The image's id, or null when the engine has no image by that reference.</summary>
    /// <exception cref="Engine.EngineException">No engine answers, or it refused: the plan says it could not check.</exception>
    Task<string?> IdOfAsync(string reference, CancellationToken ct);
}
