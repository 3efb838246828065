using ChaosBench.Model.Options;

namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeDurabilityTests : ComposeFixture
{
    private const string PowerLoss = ComposeFolder.Scenario + "durability:\n  etcd: { /etcd: power-loss }\n";

    [Test]
    public void Load_BindNamedPowerLoss_BecomesAPowerLossVolumeAndIsAnOverride()
    {
        // Given a Milvus-shaped etcd whose data is a bind next to the file, and a second bind after it
        var compose = "services:\n  etcd:\n    image: x\n    volumes:\n      - ${DOCKER_VOLUME_DIRECTORY:-.}/volumes/etcd:/etcd\n      - ./conf:/conf:ro\n";

        // When the scenario puts /etcd on the power-loss layer
        var options = Folder.Load(compose, PowerLoss).Options;

        // Then the data is a volume of the member's own behind the layer, the other bind stays, and the run says so once
        var etcd = options.Services["etcd"];
        Assert.That(etcd.Volumes.Keys, Is.EqualTo(new[] { "etcd" }));
        Assert.That(etcd.Volumes["etcd"], Has.Property(nameof(VolumeOptions.Path)).EqualTo("/etcd").And.Property(nameof(VolumeOptions.Durability)).EqualTo("power-loss").And.Property(nameof(VolumeOptions.Shared)).False);
        Assert.That(etcd.Binds.Select(b => b.Target), Is.EqualTo(new[] { "/conf" }));
        Assert.That(options.Overrides, Is.EqualTo(new[] { "etcd: the bind at /etcd is a volume of the member's own on the power-loss layer (the scenario's durability:) — a power cut drops what was not fsynced, and the data does not land in the bind's folder" }));
    }

    [Test]
    public void Load_NamedVolumeOfOneService_IsUnsharedOnThePowerLossLayer()
    {
        // Given a named volume only etcd mounts
        var compose = "services:\n  etcd: { image: x, volumes: [etcd-data:/etcd] }\nvolumes: { etcd-data: {} }\n";

        // When the scenario puts it on the power-loss layer
        var options = Folder.Load(compose, PowerLoss).Options;

        // Then it is etcd's own volume behind the layer, and the override says so
        Assert.That(options.Services["etcd"].Volumes["etcd-data"], Has.Property(nameof(VolumeOptions.Durability)).EqualTo("power-loss").And.Property(nameof(VolumeOptions.Shared)).False);
        Assert.That(options.Overrides, Is.EqualTo(new[] { "etcd: volume etcd-data at /etcd is on the power-loss layer (the scenario's durability:) — a power cut drops what was not fsynced" }));
    }

    [Test]
    public void Load_NamedVolumeSharedWithAnotherService_IsAnError()
    {
        // Given a named volume two services mount
        var compose = "services:\n  etcd: { image: x, volumes: [share:/etcd] }\n  app: { image: x, volumes: [share:/data] }\nvolumes: { share: {} }\n";

        // When the scenario puts etcd's mount of it on the power-loss layer
        var errors = Folder.Errors(compose, PowerLoss);

        // Then it is refused at the mount path, naming the other service
        Assert.That(errors, Is.EqualTo(new[] { "scenario.yaml:5:11: volume 'share' at /etcd is shared with service 'app': a power cut hits one member, and the share is every member's; fix: give this service a volume or a bind of its own for its data" }));
    }

    [TestCase("services:\n  etcd: { image: x, volumes: [./data:/data] }\n", "scenario.yaml:5:11: service 'etcd' mounts nothing at /etcd in the Compose file; fix: name one of its mounts: /data")]
    [TestCase("services:\n  db: { image: x }\n", "scenario.yaml:5:3: durability: 'etcd' is not a service of the Compose file; fix: name a service of the Compose file: db")]
    public void Load_DurabilityOfNoMount_IsAnError(string compose, string expected)
    {
        // When the scenario names a mount the Compose file does not have
        var errors = Folder.Errors(compose, PowerLoss);

        // Then the error names what there is
        Assert.That(errors, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Load_DurabilityOtherThanPowerLoss_IsAnError()
    {
        // Given a durability a Compose mount cannot be given
        var errors = Folder.Errors("services:\n  etcd: { image: x, volumes: [./etcd:/etcd] }\n", ComposeFolder.Scenario + "durability:\n  etcd: { /etcd: normal }\n");

        // Then it is refused at the value
        Assert.That(errors, Is.EqualTo(new[] { "scenario.yaml:5:18: durability 'normal' is not one a Compose mount can be given; fix: write power-loss; a mount the scenario does not name stays as the file has it" }));
    }

    [Test]
    public void Load_DurabilityWithoutCompose_IsAnError()
    {
        // Given a scenario with its own services and no Compose file
        var scenario = "name: t\nduration: 10s\nservices:\n  etcd: { image: x, volumes: { data: /etcd } }\ndurability:\n  etcd: { /etcd: power-loss }\n";
        var path = Folder.Write("own.yaml", scenario);

        // When it is loaded
        var error = Assert.Throws<ChaosBench.Scenarios.ScenarioLoadException>(() => TestKinds.Loader.Load(path))!;

        // Then durability: is refused, pointing to the service's own volume
        Assert.That(error.Errors.Select(e => e.Message), Is.EqualTo(new[] { "durability: is for the services of a Compose file, and this scenario names none" }));
    }
}
