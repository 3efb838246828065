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
        var request = new HttpRequestMessage(HttpMethod.Post, $"/images/create?{query}") { Content = content };
        using var response = await transport.StreamAsync($"import image {reference}", request, ct);

        // Progress arrives as JSON lines; an error arrives the same way with a 200 status.
        var text = await response.Content.ReadAsStringAsync(ct);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var error = JsonNode.Parse(line).Str("error");
            if (error.Length > 0)
            {
                throw new EngineException($"import image {reference}", System.Net.HttpStatusCode.InternalServerError, error);
            }
        }

        return (await InspectAsync(reference, ct))?.Id
            ?? throw new EngineException($"import image {reference}: the engine accepted the import but has no such image afterwards");
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

    private static (string Repo, string Tag) Split(string reference)
    {
        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? (reference[..colon], reference[(colon + 1)..]) : (reference, "latest");
    }
}
