using ChaosBench.Images;

namespace ChaosBench.Tests.Images;

/// <summary>
/// Where <c>recipe:NAME</c> is found: <c>recipes/</c> next to the scenario, then in its parents up to the repository
/// root, then the <c>CHAOSBENCH_RECIPES</c> folders, then the built-in ones; and <c>recipe:./PATH.yaml</c>.
/// </summary>
public sealed class RecipeLookupTests
{
    private string _root = null!;
    private string _builtIn = null!;
    private string _repo = null!;

    [SetUp]
    public void CreateFolders()
    {
        // A temporary tree: built-in recipes, and a user's repository holding scenarios in a subfolder.
        _root = Directory.CreateTempSubdirectory("chaosbench-lookup-").FullName;
        _builtIn = Directory.CreateDirectory(Path.Combine(_root, "tool", "fixtures", "images")).FullName;
        _repo = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(_repo, ".git"));
        Directory.CreateDirectory(Path.Combine(_repo, "scenarios", "nats"));
        Write(_builtIn, "redis-7.0", "redis", "7.0");
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Get_RecipeNextToScenario_WinsOverBuiltInOfSameName()
    {
        // Given a built-in redis-7.0 and the user's own redis-7.0 next to the scenario
        var mine = Write(Path.Combine(_repo, "scenarios", "nats", "recipes"), "redis-7.0", "redis", "7.0", "redis-server, redis-tools");

        // When the scenario looks it up
        var recipe = new RecipeCatalog(_builtIn).ForScenario(Scenario()).Get("redis-7.0");

        // Then the user's file wins, and says so
        Assert.That(recipe.Location, Is.EqualTo(new RecipeLocation("redis-7.0", mine, RecipeSource.Nearby)));
        Assert.That(recipe.Packages, Is.EqualTo(new[] { "redis-server", "redis-tools" }));
    }

    [Test]
    public void Get_RecipeInRepositoryRoot_FoundFromScenarioTwoFoldersDown()
    {
        var atRoot = Write(Path.Combine(_repo, "recipes"), "nats-2.10", "nats", "2.10");

        var location = new RecipeCatalog(_builtIn).ForScenario(Scenario()).Locate("nats-2.10");

        Assert.That(location, Is.EqualTo(new RecipeLocation("nats-2.10", atRoot, RecipeSource.Nearby)));
    }

    [Test]
    public void Locate_RecipeAboveRepositoryRoot_IsNotSeen()
    {
        // Given a recipes/ folder above the folder holding .git
        Write(Path.Combine(_root, "recipes"), "nats-2.10", "nats", "2.10");

        // When a scenario inside the repository looks for it
        var location = new RecipeCatalog(_builtIn).ForScenario(Scenario()).Locate("nats-2.10");

        // Then the search stopped at the repository's root
        Assert.That(location, Is.Null);
    }

    [Test]
    public void Locate_VariableFolders_AfterNearbyBeforeBuiltIn()
    {
        // Given redis-7.0 in the built-ins and in the second of two CHAOSBENCH_RECIPES folders, nats-2.10 in the first and next to the scenario
        var first = Path.Combine(_root, "team-a");
        var second = Path.Combine(_root, "team-b");
        Write(first, "nats-2.10", "nats", "2.10");
        var teamRedis = Write(second, "redis-7.0", "redis", "7.0");
        var nearby = Write(Path.Combine(_repo, "recipes"), "nats-2.10", "nats", "2.10");
        var catalog = RecipeCatalog.WithVariable(_builtIn, $"{first}:{second}:").ForScenario(Scenario());

        // When each is looked up
        var redis = catalog.Locate("redis-7.0");
        var nats = catalog.Locate("nats-2.10");

        // Then the variable's folder beats the built-in one, and the scenario's folder beats the variable's
        Assert.That(redis, Is.EqualTo(new RecipeLocation("redis-7.0", teamRedis, RecipeSource.Variable)));
        Assert.That(nats, Is.EqualTo(new RecipeLocation("nats-2.10", nearby, RecipeSource.Nearby)));
        Assert.That(catalog.Names, Is.EqualTo(new[] { "nats-2.10", "redis-7.0" }));
    }

    [Test]
    public void Get_PathReference_IsRelativeToScenarioAndItsFilesToTheRecipe()
    {
        // Given a recipe named by path, whose file lies next to it
        var folder = Path.Combine(_repo, "scenarios", "nats", "images");
        var file = Write(folder, "nats-2.10", "nats", "2.10", files: "{ /etc/nats.conf: nats.conf }");
        File.WriteAllText(Path.Combine(folder, "nats.conf"), "port: 4222\n");
        var catalog = new RecipeCatalog(_builtIn).ForScenario(Scenario());

        // When the scenario names it by its path, and the file it adds changes
        var before = catalog.Get("./images/nats-2.10.yaml");
        File.WriteAllText(Path.Combine(folder, "nats.conf"), "port: 4223\n");
        var after = catalog.Get("./images/nats-2.10.yaml");

        // Then the file is found relative to the scenario and the added file relative to the recipe
        Assert.That(before.Location, Is.EqualTo(new RecipeLocation("nats-2.10", file, RecipeSource.File)));
        Assert.That(after.Hash, Is.Not.EqualTo(before.Hash));
    }

    [Test]
    public void Get_MissingPathReference_SaysItIsRelativeToTheScenario()
    {
        var catalog = new RecipeCatalog(_builtIn).ForScenario(Scenario());

        var error = Assert.Throws<RecipeNotFoundException>(() => catalog.Get("./recipes/nats-2.10.yaml"));

        Assert.That(error!.Message, Does.Contain($"no recipe file {Path.Combine(_repo, "scenarios", "nats", "recipes", "nats-2.10.yaml")}").And.Contain("relative to the scenario file"));
    }

    [Test]
    public void Get_RecipeFileMissing_NamesItAndWhereFilesAreLookedFor()
    {
        Write(_builtIn, "x-1", "x", "1", files: "{ /usr/bin/run: run.sh }");

        var error = Assert.Throws<InvalidRecipeException>(() => new RecipeCatalog(_builtIn).Get("x-1"));

        Assert.That(error!.Message, Does.Contain("x-1.yaml").And.Contain("files: no run.sh in " + _builtIn).And.Contain("relative to the folder holding the recipe"));
    }

    [Test]
    public void Tag_BuiltInAndUserRecipesOfOneName_NeverCollide()
    {
        // Given the built-in redis-7.0, and two users' redis-7.0 with different packages
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");
        Write(a, "redis-7.0", "redis", "7.0", "redis-server, redis-tools");
        Write(b, "redis-7.0", "redis", "7.0", "redis-server, redis-sentinel");

        // When each is read
        var builtIn = new RecipeCatalog(_builtIn).Get("redis-7.0");
        var first = RecipeCatalog.WithVariable(_builtIn, a).Get("redis-7.0");
        var second = RecipeCatalog.WithVariable(_builtIn, b).Get("redis-7.0");

        // Then the built-in keeps its tag, and each user's carries its own hash
        Assert.That(builtIn.Tag, Is.EqualTo("chaosbench/redis:7.0"));
        Assert.That(first.Tag, Is.EqualTo($"chaosbench/redis:7.0-{first.Hash[..12]}"));
        Assert.That(new[] { builtIn.Tag, first.Tag, second.Tag }, Is.Unique);
    }

    [Test]
    public void All_SameNameInTwoFolders_ListsBothWinnerFirst()
    {
        var mine = Write(Path.Combine(_repo, "recipes"), "redis-7.0", "redis", "7.0");

        var all = new RecipeCatalog(_builtIn).ForScenario(Scenario()).All();

        Assert.That(all.Select(l => (l.File, l.Source)), Is.EqualTo(new[] { (mine, RecipeSource.Nearby), (Path.Combine(_builtIn, "redis-7.0.yaml"), RecipeSource.BuiltIn) }));
    }

    private string Scenario() => Path.Combine(_repo, "scenarios", "nats", "restart.yaml");

    private static string Write(string folder, string name, string product, string version, string packages = "redis-server", string? files = null)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(file, $"product: {product}\nversion: \"{version}\"\nsuite: trixie\npackages: [{packages}]\n" + (files is null ? string.Empty : $"files: {files}\n"));
        return file;
    }
}
