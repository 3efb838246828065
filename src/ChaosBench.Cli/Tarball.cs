namespace ChaosBench.Cli;

/// <summary>A <c>docker save</c> file to load an image from, where it was named, and how to show it.</summary>
/// <param name="Path">The file, absolute.</param>
/// <param name="Shown">The file as messages and plans show it: relative to the working folder unless named absolutely.</param>
/// <param name="FromOption">Given with <c>--image</c> (else by the scenario's <c>images:</c>).</param>
internal sealed record Tarball(string Path, string Shown, bool FromOption)
{
    /// <summary>Where it was named, for messages: <c>--image</c> or <c>images: in the scenario</c>.</summary>
    public string Origin => FromOption ? "--image" : "images: in the scenario";
}
