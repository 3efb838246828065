using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ChaosBench.Engine.Docker;

/// <summary>The <c>/images</c> endpoints.</summary>
internal sealed class DockerImages(DockerTransport transport) : IImageOperations
{
    public async Task<ImageInfo?> InspectAsync(string reference, CancellationToken ct)
    {
        try
        {
            var i = await transport.GetJsonAsync($"inspect image {reference}", $"/images/{reference}/json", ct);
            var config = i?["Config"];
            return new ImageInfo(i.Str("Id"), i.Strings("RepoTags"), config.Map("Labels"), i.Time("Created") ?? DateTimeOffset.MinValue, i.Long("Size"), config.Strings("Cmd"));
        }
        catch (EngineNotFoundException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ImageInfo>> ListAsync(string label, CancellationToken ct)
    {
        var list = await transport.GetJsonAsync($"list images labelled {label}", $"/images/json?filters={DockerJson.LabelFilter(label)}", ct);
        return (list as JsonArray ?? []).Select(i => new ImageInfo(
            i.Str("Id"), i.Strings("RepoTags"), i.Map("Labels"), DateTimeOffset.FromUnixTimeSeconds(i.Long("Created")), i.Long("Size"), [])).ToList();
    }

    public async Task<string> ImportAsync(Stream rootFileSystemTar, string reference, IReadOnlyList<string> changes, CancellationToken ct)
    {
        var (repo, tag) = Split(reference);
        var query = $"fromSrc=-&repo={Uri.EscapeDataString(repo)}&tag={Uri.EscapeDataString(tag)}"
            + string.Concat(changes.Select(c => $"&changes={Uri.EscapeDataString(c)}"));
        var content = new StreamContent(rootFileSystemTar, 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await transport.UploadAsync($"import image {reference}", HttpMethod.Post, $"/images/create?{query}", content, ct);
        await DockerProgress.ReadAsync(response, $"import image {reference}", ct);
        return (await InspectAsync(reference, ct))?.Id
            ?? throw new EngineException($"import image {reference}: the engine accepted the import but has no such image afterwards");
    }

    public async Task<IReadOnlyList<string>> LoadAsync(Stream imageTar, CancellationToken ct)
    {
        var content = new StreamContent(imageTar, 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var response = await transport.UploadAsync("load images", HttpMethod.Post, "/images/load?quiet=1", content, ct);
        var lines = await DockerProgress.ReadAsync(response, "load images", ct);
        return lines.Select(Loaded).Where(l => l is not null).Select(l => l!).ToList();
    }

    public async Task SaveAsync(string reference, Stream destination, CancellationToken ct)
    {
        using var response = await transport.StreamAsync($"save image {reference}", HttpMethod.Get, $"/images/{reference}/get", ct);
        await response.Content.CopyToAsync(destination, ct);
    }

    public async Task PullAsync(string reference, CancellationToken ct)
    {
        // Always a tag: without one the engine pulls every tag of the repository.
        var (repo, tag) = Split(reference);
        using var response = await transport.StreamAsync($"pull image {reference}", HttpMethod.Post, $"/images/create?fromImage={Uri.EscapeDataString(repo)}&tag={Uri.EscapeDataString(tag)}", ct);
        await DockerProgress.ReadAsync(response, $"pull image {reference}", ct);
    }

    public async Task TagAsync(string source, string reference, CancellationToken ct)
    {
        var (repo, tag) = Split(reference);
        await transport.SendAsync($"tag {source} as {reference}", HttpMethod.Post, $"/images/{source}/tag?repo={Uri.EscapeDataString(repo)}&tag={Uri.EscapeDataString(tag)}", ct);
    }

    public async Task RemoveAsync(string reference, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync($"remove image {reference}", HttpMethod.Delete, $"/images/{reference}", ct);
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
}
