using ChaosBench.Images;

namespace ChaosBench.Tests.Images;

public sealed class RecipeCatalogTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("chaosbench-recipes-").FullName;
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Get_ValidRecipe_ReadsEveryField()
    {
        File.WriteAllText(Path.Combine(_dir, "redis-7.0.yaml"), "product: redis\nversion: \"7.0\"\nsuite: bookworm\npackages: [redis-server]\nentrypoint: [run-as, redis]\ncommand: [redis-server]\nenvironment: { A: b }\n");

        var recipe = new RecipeCatalog(_dir).Get("redis-7.0");

        Assert.That(recipe.Tag, Is.EqualTo("chaosbench/redis:7.0"));
        Assert.That(recipe.Packages, Is.EqualTo(new[] { "redis-server" }));
        Assert.That(recipe.Entrypoint, Is.EqualTo(new[] { "run-as", "redis" }));
        Assert.That(recipe.Command, Is.EqualTo(new[] { "redis-server" }));
        Assert.That(recipe.Environment["A"], Is.EqualTo("b"));
        Assert.That(recipe.Hash, Has.Length.EqualTo(64));
    }

    [Test]
    public void Get_AddedFileChanges_ChangesHash()
    {
        File.WriteAllText(Path.Combine(_dir, "x.yaml"), "product: x\nversion: \"1\"\nsuite: bookworm\npackages: [x]\nfiles: { /usr/bin/run: run.sh }\n");
        File.WriteAllText(Path.Combine(_dir, "run.sh"), "echo one");
        var before = new RecipeCatalog(_dir).Get("x").Hash;

        File.WriteAllText(Path.Combine(_dir, "run.sh"), "echo two");
        var after = new RecipeCatalog(_dir).Get("x").Hash;

        Assert.That(after, Is.Not.EqualTo(before));
    }

    [Test]
    public void Get_MissingFields_NamesThemAndTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.yaml"), "product: x\n");

        var error = Assert.Throws<InvalidRecipeException>(() => new RecipeCatalog(_dir).Get("bad"));

        Assert.That(error!.Message, Does.Contain("bad.yaml").And.Contain("version, suite, packages"));
    }

    [Test]
    public void Get_UnknownKey_NamesLine()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.yaml"), "product: x\nversion: \"1\"\nsuite: s\npackages: [p]\npakages: [q]\n");

        var error = Assert.Throws<InvalidRecipeException>(() => new RecipeCatalog(_dir).Get("bad"));

        Assert.That(error!.Message, Does.Contain("line 5"));
    }

    [Test]
    public void Get_Users_ReadsIdsHomesAndShells()
    {
        File.WriteAllText(Path.Combine(_dir, "db.yaml"), "product: db\nversion: \"1\"\nsuite: bookworm\npackages: [p]\nusers:\n  postgres: { id: 999, home: /var/lib/postgresql }\n  backup: { id: 998 }\n");

        var recipe = new RecipeCatalog(_dir).Get("db");

        Assert.That(recipe.Users, Is.EqualTo(new[]
        {
            new RecipeUser("postgres", 999, "/var/lib/postgresql", "/bin/bash"),
            new RecipeUser("backup", 998, "/nonexistent", "/usr/sbin/nologin"),
        }));
    }

    [TestCase("  postgres: { home: /x }", "postgres's id is missing; fix: give 'id:' a system id, 100-999")]
    [TestCase("  postgres: { id: 1000 }", "postgres's id 1000; fix: give 'id:' a system id, 100-999")]
    [TestCase("  Postgres: { id: 999 }", "'Postgres' is not a user name")]
    [TestCase("  a: { id: 999 }\n  b: { id: 999 }", "a and b share id 999; fix: one id per user")]
    public void Get_BadUsers_NamesTheFileAndTheFix(string users, string expected)
    {
        File.WriteAllText(Path.Combine(_dir, "bad.yaml"), $"product: x\nversion: \"1\"\nsuite: s\npackages: [p]\nusers:\n{users}\n");

        var error = Assert.Throws<InvalidRecipeException>(() => new RecipeCatalog(_dir).Get("bad"));

        Assert.That(error!.Message, Does.Contain("bad.yaml").And.Contain(expected));
    }

    [Test]
    public void Get_StopSignal_ReadsIt()
    {
        File.WriteAllText(Path.Combine(_dir, "db.yaml"), "product: db\nversion: \"1\"\nsuite: bookworm\npackages: [p]\nstop-signal: SIGINT\n");

        Assert.That(new RecipeCatalog(_dir).Get("db").StopSignal, Is.EqualTo("SIGINT"));
    }

    [Test]
    public void Get_StopSignalThatIsNoSignal_NamesTheFileAndTheFix()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.yaml"), "product: x\nversion: \"1\"\nsuite: s\npackages: [p]\nstop-signal: int\n");

        var error = Assert.Throws<InvalidRecipeException>(() => new RecipeCatalog(_dir).Get("bad"));

        Assert.That(error!.Message, Does.Contain("bad.yaml").And.Contain("stop-signal: 'int' is not a signal; fix: a name such as SIGINT or SIGQUIT"));
    }

    [Test]
    public void Repository_EveryRecipeOfPostgresql_StopsItWithAFastShutdown()
    {
        var signals = PostgresqlRecipes().ToDictionary(r => r.Name, r => r.StopSignal);

        Assert.That(signals, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(signals.Values, Is.All.EqualTo("SIGINT"), string.Join(", ", signals));
    }

    [Test]
    public void Repository_EveryRecipeOfPostgresql_PinsItsUser()
    {
        var pinned = PostgresqlRecipes().ToDictionary(r => r.Name, r => r.Users.SingleOrDefault(u => u.Name == "postgres")?.Id);

        Assert.That(pinned, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(pinned.Values, Is.All.EqualTo(999), string.Join(", ", pinned));
    }

    [TestCase("redis-server", "redis", "redis-server", "--dir")]
    [TestCase("valkey-server", "valkey", "valkey-server", "--dir")]
    [TestCase("etcd-server", "etcd", "etcd", "--data-dir")]
    public void Repository_EveryRecipeOfAProductDebianRunsAsItsUser_PinsItAndRunsAsIt(string package, string user, string program, string dataDirOption)
    {
        // Given the repository's recipes that install the product
        var catalog = TestEnvironment.Recipes;

        // When each says which user it pins and how its entrypoint starts the product
        var recipes = catalog.Names.Select(catalog.Get).Where(r => r.Packages.Contains(package)).ToList();
        var pinned = recipes.ToDictionary(r => r.Name, r => r.Users.SingleOrDefault(u => u.Name == user)?.Id);

        // Then every one pins it at 999, as the official images do, and steps down to it for the product
        Assert.That(pinned, Is.Not.Empty);
        Assert.That(pinned.Values, Is.All.EqualTo(999), string.Join(", ", pinned));
        Assert.That(recipes.Select(r => r.Entrypoint), Is.All.EqualTo(new[] { "/usr/local/bin/chaosbench-run-as", user, program, dataDirOption }));
    }

    [Test]
    public void Repository_EveryRecipe_LoadsAndTagsUniquely()
    {
        var catalog = TestEnvironment.Recipes;

        var tags = catalog.Names.Select(n => catalog.Get(n).Tag).ToList();

        Assert.That(catalog.Names, Is.SupersetOf(new[] { "etcd-3.3", "etcd-3.4", "etcd-3.5", "redis-6.0", "redis-7.0", "redis-8.0", "postgresql-13", "postgresql-15", "postgresql-17", "nginx-1.18", "nginx-1.22", "nginx-1.26", "pgbackrest-2.55", "restic-0.18", "iptables-1.8", "valkey-8.1" }));
        Assert.That(tags, Is.Unique);
    }

    /// <summary>
    /// The repository's recipes that install a PostgreSQL package: the built-in servers and pgBackRest's image, and the
    /// scenarios' own (scenarios/recipes: the libfaketime server), which a scenario stops and restarts alike.
    /// </summary>
    private static IEnumerable<ImageRecipe> PostgresqlRecipes()
    {
        var catalog = TestEnvironment.Recipes.ForFolder(Path.Combine(TestEnvironment.RepoRoot, "scenarios"));
        return catalog.Names.Select(catalog.Get).Where(r => r.Packages.Any(p => p.StartsWith("postgresql-", StringComparison.Ordinal)));
    }
}
