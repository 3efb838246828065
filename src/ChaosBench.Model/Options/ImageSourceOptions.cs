namespace ChaosBench.Model.Options;

/// <summary>
/// Where an image the scenario names comes from when the engine does not have it, under <c>images:</c>:
/// <c>"qdrant/qdrant:v1.13.4": { tarball: images/qdrant-v1.13.4.tar }</c>. A mapping, so other sources can join
/// <c>tarball</c> later.
/// </summary>
public sealed class ImageSourceOptions
{
    /// <summary>A file written by <c>docker save REF -o FILE.tar</c>, relative to the scenario file; loaded when the engine lacks the image. Required.</summary>
    public string? Tarball { get; set; }
}
