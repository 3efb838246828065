namespace ChaosBench.Engine;

/// <summary>
/// Images: the harness imports root file systems it built itself, loads tarballs it is given, and pulls only when
/// asked to (<c>--pull</c>): a run must not reach the network on its own.
/// </summary>
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

    /// <summary>
    /// Loads the images of a tar written by <c>docker save</c>. Returns what the engine reports it loaded: a
    /// reference (<c>repo:tag</c>) per tagged image, an id per untagged one.
    /// </summary>
    Task<IReadOnlyList<string>> LoadAsync(Stream imageTar, CancellationToken ct = default);

    /// <summary>Writes <paramref name="reference"/> as a tar that <see cref="LoadAsync"/> (and <c>docker load</c>) reads.</summary>
    Task SaveAsync(string reference, Stream destination, CancellationToken ct = default);

    /// <summary>Pulls <paramref name="reference"/> (<c>repo:tag</c> or <c>repo@sha256:...</c>; no tag means <c>latest</c>) from its registry.</summary>
    /// <param name="progress">The bytes downloaded and to download over every layer the engine has reported so far, as its stream says them.</param>
    Task PullAsync(string reference, Action<long, long>? progress = null, CancellationToken ct = default);

    Task TagAsync(string source, string reference, CancellationToken ct = default);

    /// <summary>Removes the image reference. Missing images are fine.</summary>
    Task RemoveAsync(string reference, CancellationToken ct = default);
}
