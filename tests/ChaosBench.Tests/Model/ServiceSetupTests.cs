using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

/// <summary><see cref="Service.SetupOf"/>: the one place a member's command, args, env and probe are expanded, for plan and run alike.</summary>
public sealed class ServiceSetupTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static ScenarioBuilder Nats(Action<ChaosBench.Model.Options.ServiceOptions>? more = null) => new ScenarioBuilder("nats-cluster", TestKinds.All)
        .Duration(10 * Second)
        .Service("nats", s =>
        {
            s.Image = "recipe:nats-2.10";
            s.Replicas = 3;
            s.Command = ["nats-server", "--name", "{self}"];
            s.Args = ["--routes", "{peers:nats://%s:6222}"];
            s.Env = new() { ["NODE"] = "{service}-{index}" };
            s.Ready = new() { Http = "http://{self}:8222/healthz" };
            more?.Invoke(s);
        });

    private static List<string> Errors(ScenarioBuilder builder) =>
        ScenarioValidator.Validate(builder.ToOptions(), TestKinds.All).Select(e => e.ToString()).ToList();

    [Test]
    public void SetupOf_Member_ExpandsCommandArgsEnvAndProbe()
    {
        // Given a service of three members wired with placeholders
        var service = Nats().Build().Service("nats");

        // When the second member's setup is asked for
        var setup = service.SetupOf("nats-2");

        // Then each field is that member's, and the probe's URL names the member for the run to resolve
        Assert.That(setup.Command, Is.EqualTo(new[] { "nats-server", "--name", "nats-2" }));
        Assert.That(setup.Args, Is.EqualTo(new[] { "--routes", "nats://nats-1:6222,nats://nats-3:6222" }));
        Assert.That(setup.Env, Is.EqualTo(new Dictionary<string, string> { ["NODE"] = "nats-2" }));
        Assert.That(setup.Ready!.Http, Is.EqualTo("http://{nats-2}:8222/healthz"));
    }

    [Test]
    public void SetupOf_ExecAndLogProbes_AreExpanded()
    {
        // Given probes that run in the member and read its log
        var exec = Nats(s => s.Ready = new() { Exec = ["check", "{self}"] }).Build().Service("nats");
        var log = Nats(s => s.Ready = new() { Log = "{self} is ready" }).Build().Service("nats");

        // Then each names the member
        Assert.That(exec.SetupOf("nats-3").Ready!.Exec, Is.EqualTo(new[] { "check", "nats-3" }));
        Assert.That(log.SetupOf("nats-3").Ready!.Log, Is.EqualTo("nats-3 is ready"));
    }

    [Test]
    public void SetupOf_NoProbe_TakesTheFallbackExpanded()
    {
        // Given a service with no probe, and a cluster kind's default one
        var service = Nats(s => s.Ready = null).Build().Service("nats");
        var fallback = new Readiness("http://{self}:2379/health", null, null, 30 * Second);

        // Then the member's probe is the default, for that member
        Assert.That(service.SetupOf("nats-1", fallback).Ready, Is.EqualTo(fallback with { Http = "http://{nats-1}:2379/health" }));
        Assert.That(service.SetupOf("nats-1").Ready, Is.Null);
    }

    [Test]
    public void SetupOf_Verbatim_TakesEverythingAsWritten()
    {
        // Given the same service taken as written, as a Compose file's are
        var service = Nats(s => s.Verbatim = true).Build().Service("nats");

        // Then nothing is expanded
        var setup = service.SetupOf("nats-1");
        Assert.That(setup.Command, Is.EqualTo(new[] { "nats-server", "--name", "{self}" }));
        Assert.That(setup.Env["NODE"], Is.EqualTo("{service}-{index}"));
    }

    [Test]
    public void Validate_UnknownPlaceholders_OneErrorPerValueAtItsPlace()
    {
        // Given typos in a command word, an arg, an env value and each probe
        var builder = Nats(s =>
        {
            s.Command = ["nats-server", "--name", "{slef}"];
            s.Args = ["--routes", "{peers:nats://x:6222}"];
            s.Env = new() { ["ETCD"] = "{etcd}:2379", ["OK"] = "{self}" };
            s.Ready = new() { Http = "http://{members}:8222/" };
        });

        // Then each is reported where it is written, with its fix
        Assert.That(Errors(builder), Is.EqualTo(new[]
        {
            "services.nats.command[2]: '{slef}' is no member placeholder; fix: did you mean '{self}'?; members reach other services by name, without braces; write '{{slef}}' for a literal '{slef}'",
            "services.nats.args[1]: '{peers:nats://x:6222}': the format has no %s for each member's name; fix: write e.g. '{peers:nats://%s:6222}'",
            "services.nats.env.ETCD: '{etcd}' is no member placeholder; fix: use one of {self}, {index}, {service}, {members}, {peers}; members reach other services by name, without braces; write '{{etcd}}' for a literal '{etcd}'",
            "services.nats.ready.http: '{members}' in a readiness URL: a probe reaches its own member; fix: write 'http://{self}:PORT/PATH'",
        }));
    }

    [Test]
    public void Validate_ProbeExecAndLog_Checked()
    {
        Assert.That(Errors(Nats(s => s.Ready = new() { Exec = ["check", "{node}"] })), Has.One.StartWith("services.nats.ready.exec[1]: '{node}' is no member placeholder"));
        Assert.That(Errors(Nats(s => s.Ready = new() { Log = "\\p{L}+ {node}" })), Has.One.StartWith("services.nats.ready.log: '{node}' is no member placeholder"));
    }

    [Test]
    public void Validate_Verbatim_NotChecked() =>
        Assert.That(Errors(Nats(s =>
        {
            s.Verbatim = true;
            s.Command = ["sh", "-c", "echo {anything}"];
        })), Is.Empty);
}
