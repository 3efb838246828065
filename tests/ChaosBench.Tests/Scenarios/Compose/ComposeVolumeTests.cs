using ChaosBench.Model.Options;

namespace ChaosBench.Tests.Scenarios.Compose;

public sealed class ComposeVolumeTests : ComposeFixture
{
    [Test]
    public void Load_ShortSyntax_MapsNamedVolumesBindsAndAnonymousVolumes()
    {
        // Given every short form: named (read-only and not), relative and absolute binds, and a path alone
        Folder.Environment["HOME"] = "/home/tester";
        var compose = """
            services:
              app:
                image: x
                volumes:
                  - data:/var/lib/app
                  - shared:/srv/shared:ro
                  - ./conf:/etc/app:ro
                  - /var/log:/host/log:rw
                  - ~/cache:/cache
                  - /scratch
            volumes:
              data:
              shared: {}
            """;

        // When it is loaded
        var app = Folder.Service(compose);

        // Then named volumes are shared (one per project, as in Compose), binds are absolute, and the anonymous one is the member's own
        Assert.That(app.Volumes.Select(v => (v.Key, v.Value.Path, v.Value.Shared, v.Value.ReadOnly)), Is.EqualTo(new[]
        {
            ("data", "/var/lib/app", true, false),
            ("shared", "/srv/shared", true, true),
            ("anon-1", "/scratch", false, false),
        }));
        Assert.That(app.Binds.Select(b => (b.Source, b.Target, b.ReadOnly)), Is.EqualTo(new[]
        {
            (Path.Combine(Path.GetDirectoryName(Folder.ComposePath)!, "conf"), "/etc/app", true),
            ("/var/log", "/host/log", false),
            ("/home/tester/cache", "/cache", false),
        }));
    }

    [Test]
    public void Load_LongSyntax_MapsEachType()
    {
        // Given the long form of a named volume, an anonymous one, a bind and a tmpfs
        var compose = """
            services:
              app:
                image: x
                volumes:
                  - { type: volume, source: data, target: /data, read_only: true }
                  - { type: volume, target: /cache }
                  - { type: bind, source: ./conf, target: /etc/app }
                  - { type: tmpfs, target: /run }
                tmpfs: /tmp
            volumes: { data: }
            """;

        // When it is loaded
        var app = Folder.Service(compose);

        // Then each lands where its short form would
        Assert.That(app.Volumes["data"], Has.Property(nameof(VolumeOptions.Path)).EqualTo("/data").And.Property(nameof(VolumeOptions.ReadOnly)).True.And.Property(nameof(VolumeOptions.Shared)).True);
        Assert.That(app.Volumes["anon-1"].Path, Is.EqualTo("/cache"));
        Assert.That(app.Binds.Single().Source, Does.EndWith("/conf"));
        Assert.That(app.Tmpfs, Is.EqualTo(new[] { "/run", "/tmp" }), "with the service's own tmpfs");
    }

    [Test]
    public void Load_TopLevelVolumesAndNetworks_AreDeclaredInOrder()
    {
        // Given networks declared at the top, and x- and version keys Compose ignores
        var compose = """
            version: "3.8"
            x-note: anything
            services:
              app: { image: x, networks: [back] }
            networks:
              front:
              back: {}
            """;

        // When it is loaded
        var options = Folder.Load(compose).Options;

        // Then the networks are the scenario's, in order
        Assert.That(options.Networks, Is.EqualTo(new[] { "front", "back" }));
    }

    [Test]
    public void Load_UndeclaredNamedVolume_IsAnErrorAtTheItem()
    {
        // Given a named volume the file does not declare
        var compose = "services:\n  app:\n    image: x\n    volumes: [dta:/data]\nvolumes: { data: }\n";

        // When it is loaded
        var errors = Folder.Errors(compose);

        // Then the item is named, with the declared one offered
        Assert.That(errors, Is.EqualTo(new[] { "app.compose.yaml:4:15: volume 'dta' is not declared in the top-level volumes; fix: did you mean 'data'?" }));
    }
}
