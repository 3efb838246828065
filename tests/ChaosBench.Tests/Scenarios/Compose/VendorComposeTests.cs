namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>
/// The vendor-shaped Compose files of scenarios/compose/cvat/ and milvus/ read unedited: what the harness owns is
/// overridden and listed, the unset variable is empty and listed, and the images map onto the recipes.
/// </summary>
public sealed class VendorComposeTests
{
    private static string Scenario(string file) => Path.Combine(TestEnvironment.RepoRoot, "scenarios", "compose", file);

    [Test]
    public void Load_CvatShaped_UnderscoredServicesWithEachOverrideAndTheEmptyNoProxy()
    {
        // Given the CVAT-shaped file, and no variable set

        // When its scenario is loaded
        var scenario = TestKinds.Loader.Load(Scenario("cvat-kill-db.yaml"), _ => null);

        // Then CVAT's names are the services
        Assert.That(scenario.Services.Select(s => s.Name), Is.EqualTo(new[] { "cvat_db", "cvat_redis_inmem", "cvat_redis_ondisk", "cvat_server", "cvat_worker_import", "cvat_opa", "traefik" }));

        // And each service's container_name and restart is one override line, in the file's order
        Assert.That(scenario.Overrides, Has.Count.EqualTo(14));
        Assert.That(scenario.Overrides, Does.Contain("cvat_db: restart: always ignored — the fault timeline decides restarts"));
        Assert.That(scenario.Overrides, Does.Contain("traefik: container_name: traefik ignored — the container is named per run (cb-RUN-traefik); services reach it as traefik"));

        // And the unset ${no_proxy} is empty where the backend's anchor put it, listed once
        Assert.That(scenario.Service("cvat_server").Env["no_proxy"], Is.EqualTo("clickhouse,grafana,vector,nuclio,opa,"));
        Assert.That(scenario.UnsetVariables, Is.EqualTo(new[] { "no_proxy: unset, read as empty, as Compose reads it (used at docker-compose.yml:15:13); set it, or write ${no_proxy:-} to say empty is meant" }));

        // And shared named volumes, aliases and labels lists are as CVAT writes them; every image is a recipe's
        Assert.That(scenario.Service("cvat_worker_import").Volumes.Where(v => v.Shared).Select(v => v.Name), Is.EqualTo(new[] { "cvat_data", "cvat_keys", "cvat_logs" }));
        Assert.That(scenario.Service("cvat_server").Networks["cvat"], Is.EqualTo(new[] { "cvat-server" }));
        Assert.That(scenario.Service("cvat_server").Labels["traefik.enable"], Is.EqualTo("true"));
        Assert.That(scenario.ImageReferences(), Is.All.StartWith("recipe:"));
    }

    [Test]
    public void Load_MilvusShaped_SecurityOptNetworkNameAndContainerNamesOverridden()
    {
        // Given the Milvus-shaped file, and no variable set (DOCKER_VOLUME_DIRECTORY defaults to '.')

        // When its scenario is loaded
        var scenario = TestKinds.Loader.Load(Scenario("milvus-restart-etcd.yaml"), _ => null);

        // Then the overrides are listed, the project's network name first
        Assert.That(scenario.Overrides, Is.EqualTo(new[]
        {
            "network default: name: milvus ignored — the network is created per run (cb-RUN), so parallel runs never share it",
            "etcd: container_name: milvus-etcd ignored — the container is named per run (cb-RUN-etcd); milvus-etcd stays a network alias, so services reach it by either name",
            "minio: container_name: milvus-minio ignored — the container is named per run (cb-RUN-minio); milvus-minio stays a network alias, so services reach it by either name",
            "standalone: container_name: milvus-standalone ignored — the container is named per run (cb-RUN-standalone); milvus-standalone stays a network alias, so services reach it by either name",
            "standalone: security_opt: seccomp:unconfined ignored — the product runs under the engine's default seccomp and AppArmor profiles",
        }));
        Assert.That(scenario.UnsetVariables, Is.Empty);

        // And the binds are next to the Compose file, and the healthcheck's start_period counts in the wait
        var folder = Path.Combine(TestEnvironment.RepoRoot, "scenarios", "compose", "milvus");
        Assert.That(scenario.Service("etcd").Binds.Single().Source, Is.EqualTo(Path.Combine(folder, "volumes", "etcd")));
        Assert.That(scenario.Service("standalone").Ready!.Within, Is.EqualTo(TimeSpan.FromSeconds(90 + (3 * 50))));
        Assert.That(scenario.ImageReferences(), Is.EqualTo(new[] { "recipe:etcd-3.5", "recipe:nginx-1.22", "recipe:nginx-1.26" }));
    }
}
