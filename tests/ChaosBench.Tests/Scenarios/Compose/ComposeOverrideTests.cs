namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeOverrideTests : ComposeFixture
{
    [Test]
    public void Load_KeysTheHarnessOwns_AreOverriddenAndEachListedOnce()
    {
        // Given a file with every key the harness overrides, on two services, and names on the project and a network
        var compose = """
            name: vendor
            services:
              cvat_db:
                image: x
                container_name: cvat_db
                restart: always
                hostname: db.internal
                stop_grace_period: 1m
                stop_signal: SIGINT
              standalone:
                image: x
                container_name: milvus-standalone
                restart: unless-stopped
                scale: 1
                deploy: { replicas: 1 }
                security_opt: [seccomp:unconfined, apparmor:unconfined, no-new-privileges:true]
            networks:
              default: { name: milvus }
            volumes:
              data: { name: vendor-data }
            """;

        // When it is loaded
        var options = Folder.Load(compose).Options;

        // Then each override is one line saying what was written and what the run does instead, in the file's order
        Assert.That(options.Overrides, Is.EqualTo(new[]
        {
            "name: vendor ignored — each run is a project of its own (cb-RUN), so parallel runs never collide",
            "network default: name: milvus ignored — the network is created per run (cb-RUN), so parallel runs never share it",
            "volume data: name: vendor-data ignored — the volume is created per run (cb-RUN-shared-data), so parallel runs never share it",
            "cvat_db: container_name: cvat_db ignored — the container is named per run (cb-RUN-cvat_db); services reach it as cvat_db",
            "cvat_db: restart: always ignored — the fault timeline decides restarts",
            "cvat_db: hostname: db.internal ignored — its host name is cvat_db, the service's name",
            "cvat_db: stop_grace_period: 1m ignored — faults decide how a container stops (stop, kill: { signal: TERM })",
            "cvat_db: stop_signal: SIGINT ignored — faults decide which signal stops a container (kill: { signal: ... })",
            "standalone: container_name: milvus-standalone ignored — the container is named per run (cb-RUN-standalone); milvus-standalone stays a network alias, so services reach it by either name",
            "standalone: restart: unless-stopped ignored — the fault timeline decides restarts",
            "standalone: scale: 1 read — one container, as the harness runs every Compose service",
            "standalone: deploy.replicas: 1 read — one container, as the harness runs every Compose service",
            "standalone: security_opt: seccomp:unconfined ignored — the product runs under the engine's default seccomp and AppArmor profiles",
            "standalone: security_opt: apparmor:unconfined ignored — the product runs under the engine's default seccomp and AppArmor profiles",
            "standalone: security_opt: no-new-privileges:true ignored — the product runs under the engine's default seccomp and AppArmor profiles",
        }));

        // And a container name other than the service's stays reachable, on the network the service joins
        Assert.That(options.Services["standalone"].Networks, Is.EqualTo(new Dictionary<string, List<string>> { ["default"] = ["milvus-standalone"] }));
        Assert.That(options.Services["cvat_db"].Networks, Is.Empty);
    }

    [Test]
    public void Load_ContainerNameWithNetworks_IsAnAliasOnEach()
    {
        // Given a service on two networks, with a container name of its own
        var compose = "services:\n  app: { image: x, container_name: web, networks: { front: { aliases: [www] }, back: } }\nnetworks: { front: {}, back: {} }\n";

        // When it is loaded
        var app = Folder.Service(compose);

        // Then the container name is an alias on both
        Assert.That(app.Networks, Is.EqualTo(new Dictionary<string, List<string>> { ["front"] = ["www", "web"], ["back"] = ["web"] }));
    }

    [Test]
    public void Load_OverridesOfAServiceOutsideTheActiveProfiles_AreNotListed()
    {
        // Given a service that does not run, with an override
        var compose = "services:\n  app: { image: x }\n  debug: { image: x, restart: always, profiles: [debug] }\n";

        // When it is loaded
        var options = Folder.Load(compose).Options;

        // Then the run does not differ from it: it is not there
        Assert.That(options.Overrides, Is.Empty);
    }

    [TestCase("privileged: true", "5:5: unsupported Compose key 'privileged' in service 'app'")]
    [TestCase("network_mode: host", "5:5: unsupported Compose key 'network_mode' in service 'app'")]
    public void Load_IsolationBreakingKey_IsStillRefusedAtItsLine(string key, string expected)
    {
        // Given a vendor-shaped service with overrides the harness accepts and one key that would break isolation
        var compose = $"services:\n  app:\n    image: x\n    restart: always\n    {key}\n";

        // When it is loaded
        var errors = Folder.Errors(compose);

        // Then that key alone is refused, at its line
        Assert.That(errors.Single(), Does.StartWith($"app.compose.yaml:{expected}"));
    }

    [Test]
    public void Load_UnderscoredAndDottedNames_AreServicesVolumesAndNetworks()
    {
        // Given Compose names the old rule refused, and a step addressing one by placeholder
        var compose = "services:\n  cvat_db: { image: x, volumes: [cvat_db.data:/data], networks: [Back_End] }\n  Cvat.Server: { image: x, depends_on: [cvat_db] }\nvolumes: { cvat_db.data: }\nnetworks: { Back_End: }\n";
        var scenario = ComposeFolder.Scenario + "faults:\n  - at: 1s\n    request: { url: \"http://{cvat_db}:8080/api\" }\n  - at: 2s\n    kill: { target: Cvat.Server }\n";
        Folder.Write("app.compose.yaml", compose);
        Folder.Write("scenario.yaml", scenario);

        // When it is loaded and validated
        var loaded = TestKinds.Loader.Load(Folder.ScenarioPath, Folder.Environment.GetValueOrDefault);

        // Then the names are kept as written
        Assert.That(loaded.Services.Select(s => s.Name), Is.EqualTo(new[] { "cvat_db", "Cvat.Server" }));
        Assert.That(loaded.Networks, Is.EqualTo(new[] { "Back_End" }));
    }

    [Test]
    public void Load_NameOutsideComposeRules_IsRefused()
    {
        // Given a service name with a character Compose refuses too
        var errors = Folder.Errors("services:\n  \"cvat db\": { image: x }\n");

        // Then it is refused, with the rule
        Assert.That(errors.Single(), Does.Contain("'cvat db' is not a valid service name; fix: use letters, digits, '.', '_' and '-' (Compose's rule)"));
    }
}
