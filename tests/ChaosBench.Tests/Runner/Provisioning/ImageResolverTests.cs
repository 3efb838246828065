using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Runner;
using ChaosBench.Runner.Provisioning;

namespace ChaosBench.Tests.Runner.Provisioning;

public sealed class ImageResolverTests
{
    private const string Qdrant = "qdrant/qdrant:v1.13.4";
    private static readonly EnvironmentRecord Environment = new("test", "test", "test", "test", "test", "test", "test");

    private FakeImageEngine _engine = null!;
    private string _folder = null!;

    [SetUp]
    public void CreateEngineAndFolder()
    {
        // NUnit keeps one instance for every test of a fixture: each test gets its own engine.
        _engine = new FakeImageEngine();
        _folder = Directory.CreateTempSubdirectory("chaosbench-images-").FullName;
    }

    [TearDown]
    public void RemoveEngineAndFolder()
    {
        _engine.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Resolve_ImageOnTheEngine_UsedWithoutLoadingOrPulling()
    {
        // Given the image on the engine, and a tarball and pulling both available
        _engine.Add(Qdrant);
        var settings = Settings(tarball: FakeImageEngine.Tarball(_folder, "q.tar", Qdrant), pull: true);

        // When the scenario's images are resolved
        var (ids, records) = await ResolveAsync(settings);

        // Then the engine's image is used and nothing else is asked
        Assert.That(ids[Qdrant], Is.EqualTo(_engine.Present[Qdrant].Id));
        Assert.That(records.Single().Source, Is.EqualTo("engine"));
        Assert.That(_engine.Calls, Is.Empty);
    }

    [Test]
    public async Task Resolve_MissingWithTarball_LoadsItAndRecordsTheFile()
    {
        // Given the image only in a tarball
        var tarball = FakeImageEngine.Tarball(_folder, "q.tar", Qdrant);

        // When resolved
        var (ids, records) = await ResolveAsync(Settings(tarball: tarball, pull: true));

        // Then it is loaded, not pulled, and the record says from where
        Assert.That(_engine.Calls, Is.EqualTo(new[] { "load " + Qdrant }));
        Assert.That(ids[Qdrant], Is.EqualTo(_engine.Present[Qdrant].Id));
        Assert.That((records.Single().Service, records.Single().Reference, records.Single().Source), Is.EqualTo(("qdrant", Qdrant, $"tarball {tarball}")));
    }

    [Test]
    public void Resolve_TarballOfOtherTags_SaysWhatItHeld()
    {
        // Given a tarball that holds Qdrant 1.13.3 and 1.13.5, not the 1.13.4 asked for
        var tarball = FakeImageEngine.Tarball(_folder, "q.tar", "qdrant/qdrant:v1.13.3", "qdrant/qdrant:v1.13.5");

        // When resolved
        var error = Assert.ThrowsAsync<ImageTarballException>(() => ResolveAsync(Settings(tarball: tarball, pull: false)));

        // Then the error names the file, what it held, what was wanted, and how to make the right one
        Assert.That(error!.Message, Does.StartWith($"{tarball} was given for {Qdrant}, but it holds qdrant/qdrant:v1.13.3, qdrant/qdrant:v1.13.5, not {Qdrant}; fix: save the image under the name the scenario uses: `docker save {Qdrant} -o {tarball}`"));
    }

    [Test]
    public async Task Resolve_MissingWithPull_PullsIt()
    {
        // Given the image only in a registry, and pulling allowed
        _engine.InRegistry.Add(Qdrant);

        // When resolved
        var (_, records) = await ResolveAsync(Settings(tarball: null, pull: true));

        // Then it is pulled
        Assert.That(_engine.Calls, Is.EqualTo(new[] { "pull " + Qdrant }));
        Assert.That(records.Single().Source, Is.EqualTo("pulled"));
    }

    [Test]
    public void Resolve_MissingWithNothingGiven_NamesTheThreeWays()
    {
        // Given the image nowhere, no tarball and no pull (even though a registry has it)
        _engine.InRegistry.Add(Qdrant);

        // When resolved
        var error = Assert.ThrowsAsync<ImageMissingException>(() => ResolveAsync(Settings(tarball: null, pull: false)));

        // Then nothing reached for the network, and the error names the reference and every way to provide it
        Assert.That(_engine.Calls, Is.Empty);
        Assert.That(error!.Message, Is.EqualTo(
            $"image '{Qdrant}' is not on the engine; fix: provide it with --image {Qdrant}=FILE.tar (make one with `docker save {Qdrant} -o FILE.tar` where it exists), " +
            $"`images: {{ \"{Qdrant}\": {{ tarball: FILE.tar }} }}` in the scenario, or --pull where a registry answers"));
    }

    [Test]
    public void Resolve_TarballFileGone_NamesTheFile()
    {
        // Given a tarball named that does not exist, and no pull
        var tarball = Path.Combine(_folder, "gone.tar");

        // When resolved
        var error = Assert.ThrowsAsync<ImageMissingException>(() => ResolveAsync(Settings(tarball: tarball, pull: false)));

        // Then the file is named with how to make it
        Assert.That(error!.Message, Does.Contain($"its tarball {tarball} does not exist; fix: make it with `docker save {Qdrant} -o {tarball}`"));
    }

    private static RunSettings Settings(string? tarball, bool pull) => new()
    {
        Environment = Environment,
        Tarballs = tarball is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [Qdrant] = tarball },
        Pull = pull,
    };

    private Task<(Dictionary<string, string> Ids, List<ImageRecord> Records)> ResolveAsync(RunSettings settings)
    {
        var scenario = new ScenarioBuilder("qdrant", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("qdrant", s => s.Image = Qdrant).Build();
        var builder = new ImageBuilder(_engine, TestEnvironment.Recipes, new ImageBuildOptions());
        return new ImageResolver(_engine, builder, settings).ResolveAsync(scenario, CancellationToken.None);
    }
}
