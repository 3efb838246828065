using System.Text.Json.Nodes;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Runner;

/// <summary>
/// Images a registry would serve, given as tarballs instead: a recipe image saved under a test tag, the tag removed,
/// then a run that must load it back. Nothing is pulled; the engine is the only thing asked.
/// </summary>
[Category("Docker")]
[CancelAfter(600_000)]
public sealed class ImageTarballTests
{
    private const string Tag = "chaosbench-test/redis:tarball";
    private const string Other = "chaosbench-test/redis:other";
    private const string Wanted = "chaosbench-test/redis:wanted";

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-tarball-").FullName;

    [TearDown]
    public async Task RemoveTagsAndFolder()
    {
        using var engine = TestEnvironment.Engine();
        foreach (var tag in new[] { Tag, Other, Wanted })
        {
            await engine.Images.RemoveAsync(tag);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Run_ImageOnlyInATarballGivenWithImageOption_LoadsItAndPasses()
    {
        // Given Redis 7.0 saved as chaosbench-test/redis:tarball, and that tag gone from the engine
        var tarball = await SaveAsync("redis-7.0", Tag);
        var file = await ScenarioAsync("tarball-redis", Tag, images: null);

        // When a scenario using that reference runs with --image naming the tarball
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", file, "--out", _folder, "--image", $"{Tag}={tarball}"]);

        // Then it passes, the record says the image came from the tarball, and teardown left the loaded image
        Assert.That(exit, Is.Zero, stderr + stdout);
        var record = await RecordAsync();
        Assert.That(record["images"]![0]!["reference"]!.GetValue<string>(), Is.EqualTo(Tag));
        Assert.That(record["images"]![0]!["source"]!.GetValue<string>(), Is.EqualTo($"tarball {tarball}"));
        using var engine = TestEnvironment.Engine();
        Assert.That((await engine.Images.InspectAsync(Tag))?.Id, Is.EqualTo(record["images"]![0]!["id"]!.GetValue<string>()), "a loaded image is not the run's to remove");
        await RunCommandTests.AssertNothingLeftAsync(record["runId"]!.GetValue<string>());
    }

    [Test]
    public async Task Run_ScenarioTarballHoldingAnotherTag_ErrorsNamingWhatItHeld()
    {
        // Given a tarball holding chaosbench-test/redis:other, named in the scenario's images: for ...:wanted
        var tarball = await SaveAsync("redis-7.0", Other);
        var file = await ScenarioAsync("tarball-wrong-tag", Wanted, images: Path.GetFileName(tarball));

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", file, "--out", _folder]);

        // Then the run errors in provisioning, saying what the tarball held instead
        Assert.That(exit, Is.EqualTo(3), stderr + stdout);
        var record = await RecordAsync();
        Assert.That(record["failedStep"]!.GetValue<string>(), Is.EqualTo("provision"));
        Assert.That(record["reason"]!.GetValue<string>(), Does.Contain($"but it holds {Other}, not {Wanted}; fix: save the image under the name the scenario uses"));
    }

    [Test]
    public async Task Run_ScenarioTarballMissing_Exits2AtItsLineBeforeStarting()
    {
        // Given a scenario whose images: names a tarball that is not there, for an image the engine lacks
        var file = await ScenarioAsync("tarball-missing", Wanted, images: "gone.tar");

        // When it runs
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", file, "--out", _folder]);

        // Then nothing runs, and the error points at the tarball's line in the scenario
        Assert.That(exit, Is.EqualTo(2), stderr + stdout);
        Assert.That(Directory.GetDirectories(_folder), Is.Empty, "no run folder: nothing started");
        Assert.That(stderr.TrimEnd(), Is.EqualTo($"{file}:4:46: the tarball {Path.Combine(_folder, "gone.tar")} for {Wanted} does not exist; fix: make it with `docker save {Wanted} -o {Path.Combine(_folder, "gone.tar")}` where the image exists, or correct the path (it is relative to the scenario file)"));
    }

    /// <summary>Saves <paramref name="recipe"/>'s image as <paramref name="tag"/> through the engine's API, then removes the tag.</summary>
    private async Task<string> SaveAsync(string recipe, string tag)
    {
        var image = await TestEnvironment.ImageAsync(recipe);
        using var engine = TestEnvironment.Engine();
        await engine.Images.TagAsync(image.Id, tag);
        var tarball = Path.Combine(_folder, tag.Replace('/', '-').Replace(':', '-') + ".tar");
        await using (var file = File.Create(tarball))
        {
            await engine.Images.SaveAsync(tag, file);
        }

        await engine.Images.RemoveAsync(tag);
        Assert.That(await engine.Images.InspectAsync(tag), Is.Null, "the tag is gone: only the tarball can provide it");
        return tarball;
    }

    private async Task<string> ScenarioAsync(string name, string image, string? images)
    {
        var file = Path.Combine(_folder, name + ".yaml");
        var source = images is null ? string.Empty : $"images:\n  \"{image}\": {{ tarball: {images} }}\n";
        await File.WriteAllTextAsync(file, $$"""
            name: {{name}}
            duration: 2s
            {{source}}services:
              cache:
                image: "{{image}}"
                ready: { exec: [redis-cli, ping] }
            workload: { kind: redis-kv, target: cache, clients: 2, rate: 50/s }
            expect:
              - no-lost-writes
            """);
        return file;
    }

    private async Task<JsonNode> RecordAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Directory.GetFiles(_folder, "run.json", SearchOption.AllDirectories).Single()))!;
}
