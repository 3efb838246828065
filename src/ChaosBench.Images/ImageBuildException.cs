namespace ChaosBench.Images;

/// <summary>A build step failed; the message carries the command, its exit code and the tail of its output.</summary>
public sealed class ImageBuildException(string recipe, string problem) : Exception($"building image recipe '{recipe}': {problem}")
{
    public string Recipe { get; } = recipe;
}
