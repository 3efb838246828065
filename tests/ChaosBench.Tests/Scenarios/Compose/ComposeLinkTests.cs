namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeLinkTests : ComposeFixture
{
    [Test]
    public void Load_Networks_KeepNamesAliasesAndTheDefaultRule()
    {
        // Given services naming networks as a list, as a map with aliases, none, and 'default' explicitly
        var compose = """
            services:
              app: { image: x, networks: [front, back] }
              db: { image: x, networks: { back: { aliases: [database, pg] }, default: } }
              cache: { image: x }
            networks: { front: {}, back: {} }
            """;

        // When it is loaded
        var services = Folder.Load(compose).Options.Services;

        // Then a service without networks has none (the run's default), and a named 'default' is kept
        Assert.That(services["app"].Networks, Is.EqualTo(new Dictionary<string, List<string>> { ["front"] = [], ["back"] = [] }));
        Assert.That(services["db"].Networks, Is.EqualTo(new Dictionary<string, List<string>> { ["back"] = ["database", "pg"], ["default"] = [] }));
        Assert.That(services["cache"].Networks, Is.Empty);
    }

    [Test]
    public void Load_OnlyDefaultWithoutDeclaredNetworks_IsNoNetwork()
    {
        // Given a file without networks whose service names the default one
        var compose = "services:\n  app: { image: x, networks: [default] }\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then it is the same as naming none
        Assert.That(app.Networks, Is.Empty);
    }

    [Test]
    public void Load_DependsOn_MapsListAndConditions()
    {
        // Given dependencies as a list and with each supported condition
        var compose = """
            services:
              db: { image: x }
              cache: { image: x }
              app: { image: x, depends_on: { db: { condition: service_healthy }, cache: { condition: service_started } } }
              worker: { image: x, depends_on: [db, cache] }
            """;

        // When it is loaded
        var services = Folder.Load(compose).Options.Services;

        // Then each is started or healthy
        Assert.That(services["app"].DependsOn, Is.EqualTo(new Dictionary<string, string> { ["db"] = "healthy", ["cache"] = "started" }));
        Assert.That(services["worker"].DependsOn, Is.EqualTo(new Dictionary<string, string> { ["db"] = "started", ["cache"] = "started" }));
    }

    [Test]
    public void Load_DependencyOnInactiveProfile_IsAnError()
    {
        // Given a service depending on one whose profile is not active
        var compose = "services:\n  app: { image: x, depends_on: [tools] }\n  tools: { image: x, profiles: [debug] }\n";

        // When it is loaded
        var errors = Folder.Errors(compose);

        // Then the dependency is named with the profile to activate
        Assert.That(errors, Is.EqualTo(new[] { "app.compose.yaml:2:33: 'tools' does not run: its profiles (debug) are not active; fix: name one of them in COMPOSE_PROFILES, or remove the dependency" }));
    }

    [TestCase("\"8080:80\"", "80")]
    [TestCase("\"127.0.0.1:8080:80/udp\"", "80/udp")]
    [TestCase("\"[::1]:8080:80\"", "80")]
    [TestCase("80", "80")]
    [TestCase("53/udp", "53/udp")]
    [TestCase("{ target: 80, published: 8080, protocol: tcp, host_ip: 127.0.0.1 }", "80")]
    [TestCase("{ target: 5353, protocol: udp }", "5353/udp")]
    public void Load_Port_KeepsTheContainerPortAndProtocol(string port, string kept)
    {
        // Given a port in one of Compose's forms

        // When it is loaded
        var app = Folder.Service($"services:\n  app:\n    image: x\n    ports:\n      - {port}\n");

        // Then only what the harness publishes remains: the container port, and the protocol unless TCP
        Assert.That(app.Ports, Is.EqualTo(new[] { kept }));
    }
}
