using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios.Reading;

public sealed class ServiceReaderTests
{
    [Test]
    public void LoadOptions_ConnectionKeys_FillTheSameOptionsAsComposeFiles()
    {
        // Given a scenario writing, natively, the keys Compose services fill
        var yaml = """
            name: native-keys
            duration: 10s
            networks: [front, back]
            groups: { web: [app] }
            services:
              db: { image: x, networks: { back: [database] }, volumes: { data: { path: /data, read-only: true } } }
              app:
                image: x
                entrypoint: [/init]
                binds: [{ source: /srv/conf, target: /etc/app, read-only: true }]
                tmpfs: [/run]
                networks: [front, back]
                depends-on: { db: healthy }
                ports: ["80", 53/udp]
                labels: { tier: front }
                cap-add: [NET_ADMIN]
                user: "1000"
                working-dir: /srv
            """;
        var path = Path.Combine(Directory.CreateTempSubdirectory("chaosbench-native-").FullName, "scenario.yaml");
        File.WriteAllText(path, yaml);

        // When its options are read
        var options = TestKinds.Loader.LoadOptions(path).Options;
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

        // Then every key lands in its option
        var (db, app) = (options.Services["db"], options.Services["app"]);
        Assert.That((options.Networks, options.Groups["web"]), Is.EqualTo((new[] { "front", "back" }, new[] { "app" })));
        Assert.That((db.Networks["back"], db.Volumes["data"].ReadOnly), Is.EqualTo((new[] { "database" }, true)));
        Assert.That(app.Binds.Select(b => (b.Source, b.Target, b.ReadOnly)), Is.EqualTo(new[] { ("/srv/conf", "/etc/app", true) }));
        Assert.That((app.Entrypoint, app.Tmpfs, app.Ports, app.CapAdd), Is.EqualTo((new[] { "/init" }, new[] { "/run" }, new[] { "80", "53/udp" }, new[] { "NET_ADMIN" })));
        Assert.That((app.Networks.Keys, app.DependsOn["db"], app.Labels["tier"], app.User, app.WorkingDir), Is.EqualTo((new[] { "front", "back" }, "healthy", "front", "1000", "/srv")));
    }
}
