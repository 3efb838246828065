namespace ChaosBench.Engine;

/// <summary>Images: the harness never pulls; it imports root file systems it built itself.</summary>
public interface IImageOperations
{
    /// <summary>The image, or null when the engine has no image by that reference.</summary>
    Task<ImageInfo?> InspectAsync(string reference, CancellationToken ct = default);

    /// <summary>Images carrying <paramref name="label"/> (<c>key</c> or <c>key=value</c>).</summary>
    Task<IReadOnlyList<ImageInfo>> ListAsync(string label, CancellationToken ct = default);

    /// <summary>
    /// Imports a root file system tar as image <paramref name="reference"/> (<c>repo:tag</c>).
    /// <paramref name="changes"/> are Dockerfile instructions (<c>CMD [...]</c>, <c>LABEL k=v</c>, <c>ENV k=v</c>). Returns the image id.
    /// </summary>
    Task<string> ImportAsync(Stream rootFileSystemTar, string reference, IReadOnlyList<string> changes, CancellationToken ct = default);

    Task TagAsync(string source, string reference, CancellationToken ct = default);

    /// <summary>Removes the image reference. Missing images are fine.</summary>
    Task RemoveAsync(string reference, CancellationToken ct = default);
}
