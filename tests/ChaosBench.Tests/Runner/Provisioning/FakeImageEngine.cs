using System.Text;
using ChaosBench.Engine;

namespace ChaosBench.Tests.Runner.Provisioning;

/// <summary>
/// An engine that only has images, in memory: a "tarball" is a text file listing the references it provides, and a
/// pull succeeds for the references a test says a registry has. Anything else the runner might ask is refused.
/// </summary>
internal sealed class FakeImageEngine : IContainerEngine, IImageOperations
{
    public Dictionary<string, ImageInfo> Present { get; } = new(StringComparer.Ordinal);

    public HashSet<string> InRegistry { get; } = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public Uri Endpoint { get; init; } = new("unix:///fake.sock");

    public bool IsLocal { get; init; } = true;

    public IContainerOperations Containers => throw new NotSupportedException("images only");

    public IImageOperations Images => this;

    public INetworkOperations Networks => throw new NotSupportedException("images only");

    public IVolumeOperations Volumes => throw new NotSupportedException("images only");

    /// <summary>Writes a "tarball" that provides <paramref name="references"/>.</summary>
    public static string Tarball(string folder, string name, params string[] references)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, references);
        return path;
    }

    public void Add(string reference) => Present[reference] = new ImageInfo("sha256:" + reference.GetHashCode().ToString("x8") + new string('0', 56), [reference], new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, 1, []);

    public Task<ImageInfo?> InspectAsync(string reference, CancellationToken ct = default) => Task.FromResult(Present.GetValueOrDefault(reference));

    public async Task<IReadOnlyList<string>> LoadAsync(Stream imageTar, CancellationToken ct = default)
    {
        using var reader = new StreamReader(imageTar, Encoding.UTF8);
        var references = (await reader.ReadToEndAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Calls.Add("load " + string.Join(",", references));
        foreach (var reference in references)
        {
            Add(reference);
        }

        return references;
    }

    public Task PullAsync(string reference, Action<long, long>? progress = null, CancellationToken ct = default)
    {
        Calls.Add("pull " + reference);
        if (!InRegistry.Contains(reference))
        {
            throw new EngineException($"pull image {reference}", System.Net.HttpStatusCode.NotFound, "manifest unknown");
        }

        Add(reference);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ImageInfo>> ListAsync(string label, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> ImportAsync(Stream rootFileSystemTar, string reference, IReadOnlyList<string> changes, CancellationToken ct = default) => throw new NotSupportedException();

    public Task SaveAsync(string reference, Stream destination, CancellationToken ct = default) => throw new NotSupportedException();

    public Task TagAsync(string source, string reference, CancellationToken ct = default) => throw new NotSupportedException();

    public Task RemoveAsync(string reference, CancellationToken ct = default) => throw new NotSupportedException();

    public Task PingAsync(CancellationToken ct = default) => Task.CompletedTask;

    public Task<EngineVersion> VersionAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public Task<EngineInfo> InfoAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, CancellationToken ct = default) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
