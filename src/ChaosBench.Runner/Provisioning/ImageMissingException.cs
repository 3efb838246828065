namespace ChaosBench.Runner.Provisioning;

/// <summary>An image the scenario names is not on the engine, and nothing was given to load or pull it from.</summary>
/// <param name="tarball">The tarball given for it that does not exist, if one was.</param>
public sealed class ImageMissingException(string reference, string? tarball = null)
    : Exception(tarball is null
        ? $"image '{reference}' is not on the engine; fix: {ImageAdvice.WaysToProvide(reference)}"
        : $"image '{reference}' is not on the engine, and its tarball {tarball} does not exist; fix: make it with `docker save {reference} -o {tarball}` where the image exists, or run with --pull where a registry answers")
{
    public string Reference { get; } = reference;
}
