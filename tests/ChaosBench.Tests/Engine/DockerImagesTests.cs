using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

/// <summary>The load, pull and save requests as the engine's API documents them, against a stand-in engine on 127.0.0.1.</summary>
public sealed class DockerImagesTests
{
    private ConcurrentQueue<string> _requests = null!;

    [SetUp]
    public void ForgetRequests() => _requests = new ConcurrentQueue<string>();

    [Test]
    public async Task Load_Tarball_PostsItAndReturnsWhatTheEngineLoaded()
    {
        // Given an engine that answers a load with one tagged and one untagged image
        using var server = Engine("{\"stream\":\"Loaded image: qdrant/qdrant:v1.13.4\\n\"}\n{\"stream\":\"Loaded image ID: sha256:abc\\n\"}\n");
        using var engine = new DockerEngine(new Uri($"tcp://127.0.0.1:{server.Port}"));

        // When a tarball is loaded
        using var tar = new MemoryStream(Encoding.ASCII.GetBytes("TAR"));
        var loaded = await engine.Images.LoadAsync(tar);

        // Then the tar went to /images/load as the body, and both images are reported
        Assert.That(_requests, Is.EqualTo(new[] { "POST /v1.41/images/load?quiet=1 application/x-tar TAR" }));
        Assert.That(loaded, Is.EqualTo(new[] { "qdrant/qdrant:v1.13.4", "sha256:abc" }));
    }

    [Test]
    public void Load_EngineReportsAnErrorLine_Throws()
    {
        // Given an engine that fails the load after answering 200
        using var server = Engine("{\"errorDetail\":{\"message\":\"unexpected EOF\"},\"error\":\"unexpected EOF\"}\n");
        using var engine = new DockerEngine(new Uri($"tcp://127.0.0.1:{server.Port}"));

        // When a tarball is loaded
        using var tar = new MemoryStream([1]);
        var error = Assert.ThrowsAsync<EngineException>(() => engine.Images.LoadAsync(tar));

        // Then its words reach the caller
        Assert.That(error!.Message, Does.Contain("load images: unexpected EOF"));
    }

    [TestCase("qdrant/qdrant:v1.13.4", "fromImage=qdrant%2Fqdrant&tag=v1.13.4")]
    [TestCase("qdrant/qdrant", "fromImage=qdrant%2Fqdrant&tag=latest")]
    [TestCase("registry.local:5000/qdrant", "fromImage=registry.local%3A5000%2Fqdrant&tag=latest")]
    [TestCase("qdrant/qdrant@sha256:0123", "fromImage=qdrant%2Fqdrant&tag=sha256%3A0123")]
    public async Task Pull_Reference_AlwaysNamesOneTagOrDigest(string reference, string query)
    {
        // Given an engine that reports pull progress
        using var server = Engine("{\"status\":\"Pulling from qdrant/qdrant\"}\n{\"status\":\"Status: Downloaded newer image\"}\n");
        using var engine = new DockerEngine(new Uri($"tcp://127.0.0.1:{server.Port}"));

        // When the reference is pulled
        await engine.Images.PullAsync(reference);

        // Then one tag (or digest) is asked for: without one the engine would pull every tag
        Assert.That(_requests, Is.EqualTo(new[] { $"POST /v1.41/images/create?{query}  " }));
    }

    [Test]
    public async Task Pull_LayersDownloading_ReportsTheirBytesSummedAsEachLineArrives()
    {
        // Given an engine pulling two layers, the second reported before the first is done, then extracting them
        using var server = Engine(
            "{\"status\":\"Pulling fs layer\",\"id\":\"a\"}\n" +
            "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":100,\"total\":1000},\"id\":\"a\"}\n" +
            "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":50,\"total\":500},\"id\":\"b\"}\n" +
            "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1000,\"total\":1000},\"id\":\"a\"}\n" +
            "{\"status\":\"Extracting\",\"progressDetail\":{\"current\":10,\"total\":2000},\"id\":\"a\"}\n" +
            "{\"status\":\"Status: Downloaded newer image\"}\n");
        using var engine = new DockerEngine(new Uri($"tcp://127.0.0.1:{server.Port}"));
        var reports = new List<(long Done, long Total)>();

        // When it is pulled
        await engine.Images.PullAsync("qdrant/qdrant:v1.13.4", (done, total) => reports.Add((done, total)));

        // Then each download line moved the sum over the layers seen so far; extraction is not download
        Assert.That(reports, Is.EqualTo(new[] { (100L, 1000L), (150L, 1500L), (1050L, 1500L) }));
    }

    [Test]
    public void Pull_NoRegistryAnswers_ThrowsTheEnginesWords()
    {
        // Given an engine whose registry cannot be reached
        using var server = Engine("{\"errorDetail\":{\"message\":\"Get \\\"https://registry.example/v2/\\\": dial tcp: lookup registry.example: no such host\"},\"error\":\"Get \\\"https://registry.example/v2/\\\": dial tcp: lookup registry.example: no such host\"}\n");
        using var engine = new DockerEngine(new Uri($"tcp://127.0.0.1:{server.Port}"));

        // When a pull is asked for
        var error = Assert.ThrowsAsync<EngineException>(() => engine.Images.PullAsync("qdrant/qdrant:v1.13.4"));

        // Then the failure says so
        Assert.That(error!.Message, Does.Contain("pull image qdrant/qdrant:v1.13.4: Get").And.Contain("no such host"));
    }

    [Test]
    public async Task Save_Reference_CopiesTheEnginesTar()
    {
        // Given an engine that exports an image as a tar
        using var server = Engine("TAR BYTES");
        using var engine = new DockerEngine(new Uri($"tcp://127.0.0.1:{server.Port}"));

        // When it is saved
        using var output = new MemoryStream();
        await engine.Images.SaveAsync("chaosbench/redis:7.0", output);

        // Then the tar is what /images/get answered for that name
        Assert.That(_requests, Is.EqualTo(new[] { "GET /v1.41/images/get?names=chaosbench%2Fredis%3A7.0  " }));
        Assert.That(Encoding.ASCII.GetString(output.ToArray()), Is.EqualTo("TAR BYTES"));
    }

    /// <summary>
    /// A stand-in engine answering every request 200 with <paramref name="answer"/>, recording method, path, content
    /// type and body; its <c>/version</c> (asked once to choose the API version) says Docker 20.10 and is not recorded.
    /// </summary>
    private LoopbackHttpServer Engine(string answer) => new(async context =>
    {
        if (context.Request.RawUrl == "/version")
        {
            await context.Response.OutputStream.WriteAsync("{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\",\"Os\":\"linux\"}"u8.ToArray());
            return;
        }

        using var reader = new StreamReader(context.Request.InputStream);
        _requests.Enqueue($"{context.Request.HttpMethod} {context.Request.RawUrl} {context.Request.ContentType} {await reader.ReadToEndAsync()}");
        context.Response.StatusCode = (int)HttpStatusCode.OK;
        var bytes = Encoding.UTF8.GetBytes(answer);
        await context.Response.OutputStream.WriteAsync(bytes);
    });
}
