namespace ChaosBench.Runner.Provisioning;

/// <summary>A tarball given for an image loaded, but did not provide that image: it holds other tags, or none.</summary>
public sealed class ImageTarballException(string reference, string tarball, IReadOnlyList<string> loaded)
    : Exception(
        $"{tarball} was given for {reference}, but it holds {(loaded.Count == 0 ? "no tagged image" : string.Join(", ", loaded))}, not {reference}; " +
        $"fix: save the image under the name the scenario uses: `docker save {reference} -o {tarball}` where it exists" +
        (loaded.Count == 0 ? string.Empty : $" (or `docker tag {loaded[0]} {reference}` before saving), or name {loaded[0]} in the scenario"))
{
    public string Reference { get; } = reference;

    public string Tarball { get; } = tarball;

    /// <summary>What the engine reported loading: references, or ids of untagged images.</summary>
    public IReadOnlyList<string> Loaded { get; } = loaded;
}
