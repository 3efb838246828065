namespace ChaosBench.Model.Options;

/// <summary>
/// Where an image the scenario names comes from when the engine does not have it, under <c>images:</c>:
/// <c>"qdrant/qdrant:v1.13.4": { tarball: images/qdrant-v1.13.4.tar }</c>, or another image in its place:
/// <c>"quay.io/coreos/etcd:v3.5.16": { use: recipe:etcd-3.5 }</c>.
/// </summary>
public sealed class ImageSourceOptions
{
    /// <summary>A file written by <c>docker save REF -o FILE.tar</c>, relative to the scenario file; loaded when the engine lacks the image.</summary>
    public string? Tarball { get; set; }

    /// <summary>
    /// Another image to run wherever the scenario (or its Compose file) names this one: a reference or
    /// <c>recipe:NAME</c>, e.g. a vendor's file on the offline images, or a pinned bad or fixed version.
    /// Exactly one of <see cref="Tarball"/> and <see cref="Use"/>.
    /// </summary>
    public string? Use { get; set; }
}
