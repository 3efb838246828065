using ChaosBench.Faults.DeletePath;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Tests.Model;

/// <summary>The trust rules on scenarios built in C#, which go through the same validator as files (docs/trust.md).</summary>
public sealed class TrustValidatorTests
{
    [Test]
    public void Validate_IsolationBreakingCapabilityInCSharp_RefusedEvenWithAllowHost()
    {
        // Given a service built in C# asking for SYS_ADMIN next to NET_ADMIN
        var options = Builder().Service("app", s => { s.Image = "recipe:etcd-3.4"; s.CapAdd = ["NET_ADMIN", "CAP_SYS_ADMIN"]; }).ToOptions();

        // When it is validated as usual, and with the host allowed
        var errors = ScenarioValidator.Validate(options, TestKinds.All);
        var allowed = ScenarioValidator.Validate(options, TestKinds.All, new HostAccess { AllowHost = true });

        // Then SYS_ADMIN is refused either way, and NET_ADMIN is not
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "services.app.cap-add" }));
        Assert.That(errors[0].Message, Does.StartWith("cap-add CAP_SYS_ADMIN breaks the container's isolation"));
        Assert.That(allowed.Select(e => e.Path), Is.EqualTo(new[] { "services.app.cap-add" }));
    }

    [Test]
    public void Validate_BindsInCSharp_OnlyTheEngineSocketRefused()
    {
        // Given binds of a data folder and of /var/run (which holds the engine's socket), with no scenario folder
        var options = Builder().Service("app", s =>
        {
            s.Image = "recipe:etcd-3.4";
            s.Binds = [new BindOptions { Source = "/srv/data", Target = "/data" }, new BindOptions { Source = "/var/run/", Target = "/host-run" }];
        }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then C# code's own binds are its business, but the socket is root on the host
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "services.app.binds[1]" }));
        Assert.That(errors[0].Message, Does.Contain("the engine's socket"));
    }

    [Test]
    public void Validate_DeletePathOnAGroupWithAMemberLackingTheVolume_NamesThatService()
    {
        // Given a group of two services, only one of which keeps /data in a named volume
        var options = Builder()
            .Service("a", s => { s.Image = "recipe:etcd-3.4"; s.Volumes["data"] = new VolumeOptions { Path = "/data" }; })
            .Service("b", s => { s.Image = "recipe:etcd-3.4"; s.Tmpfs = ["/data"]; })
            .Group("both", "a", "b")
            .Fault(TimeSpan.FromSeconds(1), "stop", "both")
            .Fault(TimeSpan.FromSeconds(2), new DeletePathOptions { Target = "both", Path = "/data/x" })
            .ToOptions();

        // When it is validated, without and with the host allowed
        var errors = ScenarioValidator.Validate(options, TestKinds.All);
        var allowed = ScenarioValidator.Validate(options, TestKinds.All, new HostAccess { AllowHost = true });

        // Then the service whose /data is no volume is named, and --allow-host lifts the rule
        Assert.That(errors.Select(e => (e.Path, e.Message[..37])), Is.EqualTo(new[] { ("faults[1].delete-path.path", "delete-path /data/x is in none of b's") }));
        Assert.That(allowed, Is.Empty);
    }

    [Test]
    public void Validate_TarballOutsideTheFolder_RefusedUnlessAllowed()
    {
        // Given a scenario file in /srv/scenarios naming a tarball up and out of it
        var options = Builder().Service("app", s => s.Image = "vendor/app:1").Image("vendor/app:1", i => i.Tarball = "../images/app.tar").ToOptions();
        var folder = new HostAccess { Folder = "/srv/scenarios" };

        // When it is validated against that folder, and with the host allowed
        var errors = ScenarioValidator.Validate(options, TestKinds.All, folder);
        var allowed = ScenarioValidator.Validate(options, TestKinds.All, folder with { AllowHost = true });

        // Then the tarball is refused with the way to give it anyway, unless allowed
        Assert.That(errors.Single().Message, Does.StartWith("the tarball ../images/app.tar (/srv/images/app.tar) is outside the scenario's folder /srv/scenarios"));
        Assert.That(errors.Single().Fix, Does.Contain("--image vendor/app:1=FILE.tar"));
        Assert.That(allowed, Is.Empty);
    }

    [TestCase("/a/./b//c/", "/a/b/c")]
    [TestCase("/a/b/../../../etc", "/etc")]
    [TestCase("/", "/")]
    public void Lexical_DotsAndSlashes_Resolved(string path, string expected) => Assert.That(HostAccess.Lexical(path), Is.EqualTo(expected));

    private static ScenarioBuilder Builder() => new ScenarioBuilder("trust", TestKinds.All).Duration(TimeSpan.FromSeconds(10));
}
