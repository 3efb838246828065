using Docker.DotNet.Models;

namespace ChaosBench.Engine.Docker;

/// <summary>The image operations, through the library's images endpoints.</summary>
internal sealed class DockerImages(EngineCalls calls) : IImageOperations
{
    public async Task<ImageInfo?> InspectAsync(string reference, CancellationToken ct)
    {
        try
        {
            var i = await calls.RunAsync($"inspect image {reference}", true, (d, c) => d.Images.InspectImageAsync(reference, c), ct);
            var labels = Map(i.Config?.Labels);
            return new ImageInfo(i.ID, [.. i.RepoTags ?? []], labels, i.Created is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : DateTimeOffset.MinValue, i.Size, [.. i.Config?.Cmd ?? []])
            {
                // The label first: an engine may report a default of its own as the image's STOPSIGNAL.
                StopSignal = labels.GetValueOrDefault(ImageInfo.StopSignalLabel) ?? (string.IsNullOrEmpty(i.Config?.StopSignal) ? null : i.Config.StopSignal),
            };
        }
        catch (EngineNotFoundException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ImageInfo>> ListAsync(string label, CancellationToken ct)
    {
        var list = await calls.RunAsync($"list images labelled {label}", true, (d, c) => d.Images.ListImagesAsync(new ImagesListParameters { Filters = DockerJson.LabelFilter(label) }, c), ct);
        return list.Select(i => new ImageInfo(i.ID, [.. i.RepoTags ?? []], Map(i.Labels), new DateTimeOffset(DateTime.SpecifyKind(i.Created, DateTimeKind.Utc)), i.Size, [])).ToList();
    }

    public async Task<string> ImportAsync(Stream rootFileSystemTar, string reference, IReadOnlyList<string> changes, CancellationToken ct)
    {
        var operation = $"import image {reference}";
        var (repo, tag) = Split(reference);
        var progress = new DockerProgress(operation);
        await calls.UploadAsync(operation, (d, c) => d.Images.CreateImageAsync(new ImagesCreateParameters { Repo = repo, Tag = tag, Changes = changes.ToList() }, rootFileSystemTar, null, progress, c), ct);
        _ = progress.Streamed;
        return (await InspectAsync(reference, ct))?.Id
            ?? throw new EngineException($"import image {reference}: the engine accepted the import but has no such image afterwards");
    }

    public async Task<IReadOnlyList<string>> LoadAsync(Stream imageTar, CancellationToken ct)
    {
        var progress = new DockerProgress("load images");
        await calls.UploadAsync("load images", (d, c) => d.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, imageTar, progress, c), ct);
        return progress.Streamed.Select(Loaded).Where(l => l is not null).Select(l => l!).ToList();
    }

    public async Task SaveAsync(string reference, Stream destination, CancellationToken ct)
    {
        var operation = $"save image {reference}";
        await using var tar = await calls.RunAsync(operation, true, (d, c) => d.Images.SaveImageAsync(reference, c), ct);
        await StreamCopy.ToAsync(calls, operation, tar, destination, ct);
    }

    public async Task PullAsync(string reference, Action<long, long>? downloaded, CancellationToken ct)
    {
        // Always a tag: without one the engine pulls every tag of the repository.
        var operation = $"pull image {reference}";
        var (repo, tag) = Split(reference);
        var progress = new DockerProgress(operation, downloaded);
        await calls.WatchedAsync(operation, false, async (d, c) =>
        {
            await d.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = repo, Tag = tag }, null, progress, c);
            return true;
        }, ct);
        _ = progress.Streamed;
    }

    public Task TagAsync(string source, string reference, CancellationToken ct)
    {
        var (repo, tag) = Split(reference);
        return calls.RunAsync($"tag {source} as {reference}", false, (d, c) => d.Images.TagImageAsync(source, new ImageTagParameters { RepositoryName = repo, Tag = tag }, c), ct);
    }

    public async Task RemoveAsync(string reference, CancellationToken ct)
    {
        try
        {
            await calls.RunAsync($"remove image {reference}", true, (d, c) => d.Images.DeleteImageAsync(reference, new ImageDeleteParameters(), c), ct);
        }
        catch (EngineNotFoundException)
        {
        }
    }

    /// <summary><c>repo:tag</c>, <c>repo@sha256:...</c> (the digest is the tag), or <c>repo</c> (<c>latest</c>); a registry's port is not a tag.</summary>
    internal static (string Repo, string Tag) Split(string reference)
    {
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return (reference[..at], reference[(at + 1)..]);
        }

        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? (reference[..colon], reference[(colon + 1)..]) : (reference, "latest");
    }

    /// <summary><c>Loaded image: repo:tag</c> or <c>Loaded image ID: sha256:...</c>, the lines a load reports.</summary>
    private static string? Loaded(string line) =>
        line.StartsWith("Loaded image ID: ", StringComparison.Ordinal) ? line["Loaded image ID: ".Length..]
        : line.StartsWith("Loaded image: ", StringComparison.Ordinal) ? line["Loaded image: ".Length..]
        : null;

    private static Dictionary<string, string> Map(IDictionary<string, string>? labels) => new(labels ?? new Dictionary<string, string>(), StringComparer.Ordinal);
}
