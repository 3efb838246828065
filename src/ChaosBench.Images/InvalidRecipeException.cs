namespace ChaosBench.Images;

/// <summary>A recipe file that cannot be used; the message names the file and what to change.</summary>
public sealed class InvalidRecipeException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
}
