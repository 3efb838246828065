using ChaosBench.Checkers.HttpStatus;
using ChaosBench.Cli;
using ChaosBench.Faults.Request;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Tests.Cli;

public sealed class PlanReportTests
{
    private const string Qdrant = "qdrant/qdrant:v1.13.4";
    private static readonly RecipeCatalog Recipes = TestEnvironment.Recipes;

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-plan-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Render_ImageOnTheEngine_SaysSoWithItsId()
    {
        // Given an engine that has the image
        var lookup = new FixedImageLookup(new Dictionary<string, string> { [Qdrant] = "sha256:" + new string('c', 64) });

        // When the plan is rendered
        var plan = await RenderAsync(lookup, Scenario(), new Dictionary<string, string>());

        // Then the image line says it is there, and which it is
        Assert.That(plan, Does.Contain($"  {Qdrant}: on the engine (sha256:{new string('c', 64)})\n"));
    }

    [Test]
    public async Task Render_TarballGivenAndThere_SaysLoadedFromIt()
    {
        // Given an engine without the image, and --image naming a tarball that exists
        var tarball = Path.Combine(_folder, "qdrant.tar");
        await File.WriteAllTextAsync(tarball, "tar");

        // When the plan is rendered
        var plan = await RenderAsync(FixedImageLookup.Nothing, Scenario(), new Dictionary<string, string> { [Qdrant] = tarball });

        // Then the image line names the file it will be loaded from
        Assert.That(plan, Does.Contain($"  {Qdrant}: loaded from {tarball}\n"));
    }

    [Test]
    public async Task Render_NoEngineAnswers_SaysItCouldNotCheckAndWhatElse()
    {
        // Given no engine to ask
        var lookup = new FixedImageLookup(new Dictionary<string, string>(), unavailable: "no container engine answers at unix:///nowhere.sock");

        // When the plan is rendered
        var plan = await RenderAsync(lookup, Scenario(), new Dictionary<string, string>());

        // Then the plan still comes out, says it could not check, and what the run would need otherwise
        Assert.That(plan, Does.Contain($"  {Qdrant}: could not check the engine (no container engine answers at unix:///nowhere.sock); if it lacks the image: MISSING: not on the engine; provide it with --image {Qdrant}=FILE.tar"));
        Assert.That(plan, Does.Contain("  recipe:redis-7.0: built offline from fixtures/images/redis-7.0.yaml when missing\n"));
    }

    [Test]
    public async Task Render_ExternalUrlSet_ShowsItMaskedWithHowItIsWritten()
    {
        // Given an external service whose variable is set to a URL with credentials
        var scenario = new ScenarioBuilder("staging", TestKinds.All).Duration(TimeSpan.FromSeconds(5))
            .Service("longhorn", s => s.External = new ExternalOptions { Url = "${LONGHORN_URL}" }).Build();
        var report = new PlanReport(FixedImageLookup.Nothing, name => name == "LONGHORN_URL" ? "https://admin:pw@longhorn.staging.example/" : null, Recipes);

        // When the plan is rendered
        var plan = await report.RenderAsync(scenario, 7, new Dictionary<string, string>(), CancellationToken.None);

        // Then the external section shows the URL, credentials masked, and no image is needed
        Assert.That(plan, Does.EndWith("images: none\nexternal:\n  longhorn: https://***@longhorn.staging.example (url ${LONGHORN_URL})\n"));
    }

    [Test]
    public async Task Render_CredentialsInUrlsAndValuesMadeFromSecrets_NoneShown()
    {
        // Given credentials in a ready probe, a request step, an http-status URL and an env value, and a value
        // the loader found interpolated from a secret, in a command line
        var scenario = new ScenarioBuilder("creds", TestKinds.All).Duration(TimeSpan.FromSeconds(5))
            .Service("app", s =>
            {
                s.Image = "recipe:etcd-3.4";
                s.Env["DATABASE_URL"] = "postgres://app:env-pass-1@db/app";
                s.Command = ["etcd", "--token=flowed-pass-5"];
                s.Ready = new ReadyOptions { Http = "http://probe:ready-pass-2@{self}:2379/health" };
            })
            .Fault(TimeSpan.FromSeconds(1), new RequestOptions { Url = "http://step:step-pass-3@{app}:2379/version" })
            .Expect(new HttpStatusOptions { Url = "http://check:status-pass-4@{app}:2379/health", Is = 200 })
            .Build() with { SecretValues = ["--token=flowed-pass-5"] };

        // When the plan is rendered
        var plan = await RenderAsync(FixedImageLookup.Nothing, scenario, new Dictionary<string, string>());

        // Then no user or password appears, and each URL still shows where it goes
        Assert.That(plan, Does.Not.Contain("pass-").And.Not.Contain("probe:").And.Not.Contain("step:").And.Not.Contain("check:"));
        Assert.That(plan, Does.Contain("DATABASE_URL=postgres://***@db/app").And.Contain("http http://***@{self}:2379/health").And.Contain("http://***@{app}:2379/version"));
    }

    [Test]
    public async Task Render_UnknownRecipe_SaysItIsMissing()
    {
        // Given a recipe that has no file
        var scenario = new ScenarioBuilder("nope", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("db", s => s.Image = "recipe:nosql-1.0").Build();

        // When the plan is rendered
        var plan = await RenderAsync(FixedImageLookup.Nothing, scenario, new Dictionary<string, string>());

        // Then the line says so
        Assert.That(plan, Does.Contain("  recipe:nosql-1.0: MISSING: no recipe nosql-1.0.yaml in ").And.Contain("fix: write recipes/nosql-1.0.yaml next to the scenario"));
    }

    [Test]
    public async Task Render_UserRecipeOfBuiltInName_SaysWhichFileAndWhatItReplaces()
    {
        // Given a scenario in a folder of its own, with its own redis-7.0 in recipes/ beside it
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));
        Directory.CreateDirectory(Path.Combine(_folder, "recipes"));
        var recipe = Path.Combine(_folder, "recipes", "redis-7.0.yaml");
        await File.WriteAllTextAsync(recipe, "product: redis\nversion: \"7.0\"\nsuite: trixie\npackages: [redis-server]\n");
        var scenario = new ScenarioBuilder("mine", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("cache", s => s.Image = "recipe:redis-7.0").Build() with { SourceFile = Path.Combine(_folder, "mine.yaml") };

        // When the plan is rendered
        var plan = await RenderAsync(FixedImageLookup.Nothing, scenario, new Dictionary<string, string>());

        // Then the image line names the user's file, not the built-in one it wins over
        Assert.That(plan, Does.Contain($"  recipe:redis-7.0: built offline from {recipe} (recipes/ folder; over the built-in recipe of that name) when missing\n"));
    }

    [Test]
    public async Task Render_RecipePathThatIsNotThere_SaysWhereItLooked()
    {
        var scenario = new ScenarioBuilder("mine", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("nats", s => s.Image = "recipe:./recipes/nats-2.10.yaml").Build() with { SourceFile = Path.Combine(_folder, "mine.yaml") };

        var plan = await RenderAsync(FixedImageLookup.Nothing, scenario, new Dictionary<string, string>());

        Assert.That(plan, Does.Contain($"  recipe:./recipes/nats-2.10.yaml: MISSING: no recipe file {Path.Combine(_folder, "recipes", "nats-2.10.yaml")}; fix: check the path, which is relative to the scenario file\n"));
    }

    private static Scenario Scenario() => new ScenarioBuilder("qdrant", TestKinds.All).Duration(TimeSpan.FromSeconds(5))
        .Service("qdrant", s => s.Image = Qdrant)
        .Service("cache", s => s.Image = "recipe:redis-7.0")
        .Build();

    private static Task<string> RenderAsync(IImageLookup lookup, Scenario scenario, IReadOnlyDictionary<string, string> options) =>
        new PlanReport(lookup, _ => null, Recipes).RenderAsync(scenario, 7, options, CancellationToken.None);
}
