namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeServiceTests : ComposeFixture
{
    [Test]
    public void Load_PlainKeys_MapToTheServiceOptions()
    {
        // Given a service with every key that maps one to one
        var compose = """
            services:
              app:
                image: recipe:nginx-1.26
                entrypoint: [/docker-entrypoint.sh]
                command: [nginx, -g, "daemon off;"]
                tmpfs: /run
                labels: { tier: front }
                cap_add: [NET_ADMIN]
                user: "101:101"
                working_dir: /srv
            """;

        // When it is loaded
        var app = Folder.Service(compose);

        // Then each key lands in its option, and a Compose service is one container
        Assert.That((app.Image, app.Replicas, app.Cluster, app.User, app.WorkingDir), Is.EqualTo(("recipe:nginx-1.26", 1, (string?)null, "101:101", "/srv")));
        Assert.That(app.Entrypoint, Is.EqualTo(new[] { "/docker-entrypoint.sh" }));
        Assert.That(app.Command, Is.EqualTo(new[] { "nginx", "-g", "daemon off;" }));
        Assert.That(app.Tmpfs, Is.EqualTo(new[] { "/run" }));
        Assert.That(app.Labels, Is.EqualTo(new Dictionary<string, string> { ["tier"] = "front" }));
        Assert.That(app.CapAdd, Is.EqualTo(new[] { "NET_ADMIN" }));
    }

    [TestCase("redis-server --appendonly yes", new[] { "redis-server", "--appendonly", "yes" })]
    [TestCase("sh -c 'echo \"a b\" && sleep 1'", new[] { "sh", "-c", "echo \"a b\" && sleep 1" })]
    [TestCase("echo \"a \\\"b\\\"\" c\\ d", new[] { "echo", "a \"b\"", "c d" })]
    [TestCase("echo ''", new[] { "echo", "" })]
    public void Load_CommandString_IsSplitAsComposeSplitsIt(string command, string[] words)
    {
        // Given a command and an entrypoint written as one string
        var compose = $"services:\n  app:\n    image: x\n    command: '{command.Replace("'", "''", StringComparison.Ordinal)}'\n    entrypoint: {command.Split(' ')[0]}\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then the words are as a POSIX shell would split them, nothing expanded
        Assert.That(app.Command, Is.EqualTo(words));
        Assert.That(app.Entrypoint, Is.EqualTo(new[] { words[0] }));
    }

    [Test]
    public void Load_ListForms_ReadLikeTheMappingForms()
    {
        // Given labels and tmpfs as lists
        var compose = "services:\n  app:\n    image: x\n    labels: [tier=front, bare]\n    tmpfs: [/run, /tmp:size=64m]\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then a label without a value is empty
        Assert.That(app.Labels, Is.EqualTo(new Dictionary<string, string> { ["tier"] = "front", ["bare"] = "" }));
        Assert.That(app.Tmpfs, Is.EqualTo(new[] { "/run", "/tmp:size=64m" }));
    }

    [Test]
    public void Load_Environment_TakesMapListAndBareNamesAsComposeDoes()
    {
        // Given environment in map form with a bare name, and in list form with a bare name, one of them unset
        Folder.Environment["FROM_SHELL"] = "shell";
        var compose = """
            services:
              app:
                image: x
                environment: { A: "1", EMPTY: "", FROM_SHELL: , UNSET: }
              worker:
                image: x
                environment: [B=2, C=x=y, FROM_SHELL, UNSET]
            """;

        // When it is loaded
        var services = Folder.Load(compose).Options.Services;

        // Then a bare name takes the environment's value, and is left out when unset
        Assert.That(services["app"].Env, Is.EqualTo(new Dictionary<string, string> { ["A"] = "1", ["EMPTY"] = "", ["FROM_SHELL"] = "shell" }));
        Assert.That(services["worker"].Env, Is.EqualTo(new Dictionary<string, string> { ["B"] = "2", ["C"] = "x=y", ["FROM_SHELL"] = "shell" }));
    }

    [Test]
    public void Load_Profiles_KeepOnlyServicesOfActiveProfiles()
    {
        // Given services without profiles, with an inactive one, and with an active one
        Folder.Environment["COMPOSE_PROFILES"] = "debug, extra";
        var compose = """
            services:
              app: { image: x }
              tools: { image: x, profiles: [debug] }
              docs: { image: x, profiles: [docs] }
            """;

        // When it is loaded
        var services = Folder.Load(compose).Options.Services;

        // Then the service without profiles and the active one are there, in file order
        Assert.That(services.Keys, Is.EqualTo(new[] { "app", "tools" }));
    }

    [Test]
    public void Load_ScenarioServicesNextToCompose_BothJoin()
    {
        // Given a scenario with a service of its own and a Compose file
        var scenario = ComposeFolder.Scenario + "services:\n  cache: { image: recipe:redis-7.0 }\n";

        // When it is loaded
        var services = Folder.Load("services:\n  app: { image: x }\n", scenario).Options.Services;

        // Then the scenario's come first, then the Compose file's
        Assert.That(services.Keys, Is.EqualTo(new[] { "cache", "app" }));
    }
}
