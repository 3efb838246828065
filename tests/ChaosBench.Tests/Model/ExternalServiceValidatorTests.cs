using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Model.Kinds;
using ChaosBench.Faults;
using ChaosBench.Faults.Exec;
using ChaosBench.Faults.VersionHop;
using ChaosBench.Workloads.HttpKv;
using ChaosBench.Checkers.Log;
using ChaosBench.Checkers.RefusesToStart;
using ChaosBench.Checkers.Availability;
using ChaosBench.Checkers.HttpStatus;

namespace ChaosBench.Tests.Model;

public sealed class ExternalServiceValidatorTests
{
    private const string Reach = "ChaosBench does not run its containers; only HTTP (workload http-kv, request steps, http-status) reaches it";

    /// <summary>Every kind aimed at members: all but request, which names its service in its URL and may reach an external one.</summary>
    public static IEnumerable<string> ContainerFaults() => TestKinds.All.Faults.Where(k => k.TargetsMembers).Select(k => k.Name);

    /// <summary>An external deployment under an http-kv workload, with a container service beside it.</summary>
    private static ScenarioBuilder Staging() => new ScenarioBuilder("staging", TestKinds.All)
        .Duration(TimeSpan.FromSeconds(20))
        .Service("longhorn", s => s.External = new ExternalOptions { Url = "${LONGHORN_URL}" })
        .Service("etcd", s => s.Image = "recipe:etcd-3.4")
        .Workload("http-kv", "longhorn", w => w.Options = new HttpKvOptions
        {
            Http = new HttpOptions
            {
                Write = new HttpWriteOptions { Method = "PUT", Path = "/kv/{key}", Body = "{value}" },
                Read = new HttpReadOptions { Method = "GET", Path = "/kv/{key}" },
            },
        });

    [Test]
    public void Build_ExternalServiceUnderHttpKv_IsValidWithTheUrlAsWritten()
    {
        // Given an external service with its url from the environment, an http-kv workload and http-status on it
        var builder = Staging().Expect("no-lost-writes").Expect(new HttpStatusOptions { Url = "{longhorn}/v1/backingimages", Is = 200 });

        // When it is built (no variable is set: lint does not need it)
        var scenario = builder.Build();

        // Then the service is external, needs no image, and keeps its url unexpanded
        var longhorn = scenario.Service("longhorn");
        Assert.That(longhorn.IsExternal, Is.True);
        Assert.That(longhorn.External!.Url, Is.EqualTo("${LONGHORN_URL}"));
        Assert.That(scenario.ImageReferences(), Is.EqualTo(new[] { "recipe:etcd-3.4" }));
        Assert.That(scenario.Workload!.OptionsAs<HttpKvOptions>().Http!.Port ?? 0, Is.Zero);
    }

    [TestCaseSource(nameof(ContainerFaults))]
    public void Validate_ContainerFaultOnExternalService_OneErrorSayingWhy(string kind)
    {
        // Given each fault kind aimed at the external service, with whatever parameters the kind needs
        var fault = (TargetOptions)OptionsShape.Of(TestKinds.Fault(kind).OptionsType).Create();
        fault.Target = "longhorn";
        switch (fault)
        {
            case StoppedFileOptions file:
                file.Path = "/data";
                break;
            case VersionHopOptions hop:
                hop.To = "recipe:etcd-3.5";
                break;
            case ExecOptions exec:
                exec.Command = ["true"];
                break;
            case ChaosBench.Faults.Clock.ClockOptions clock:
                clock.Offset = TimeSpan.FromHours(1);
                break;
            case ChaosBench.Faults.SlowIo.SlowIoOptions slow:
                slow.Delay = TimeSpan.FromMilliseconds(10);
                break;
            case ChaosBench.Faults.Links.Latency.LatencyOptions latency:
                latency.Latency = TimeSpan.FromMilliseconds(10);
                break;
            case ChaosBench.Faults.Links.Bandwidth.BandwidthOptions bandwidth:
                bandwidth.Rate = 1024;
                break;
            case ChaosBench.Faults.Links.SlowClose.SlowCloseOptions slowClose:
                slowClose.Delay = TimeSpan.FromMilliseconds(10);
                break;
            case ChaosBench.Faults.Links.Slicer.SlicerOptions slicer:
                slicer.AverageSize = 8;
                break;
            case ChaosBench.Faults.Links.LimitData.LimitDataOptions limit:
                limit.Bytes = 1024;
                break;
            case ChaosBench.Faults.Links.Loss.LossOptions loss:
                loss.Rate = 0.1;
                break;
        }

        var options = Staging().Fault(TimeSpan.FromSeconds(1), fault).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then exactly one error, at the target, names the kind, the service and what does reach it
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"faults[0].{kind}.target: {kind} cannot target external service 'longhorn': {Reach}; fix: aim it at a service this scenario runs, or remove it",
        }));
    }

    [Test]
    public void Validate_RepairOfPreviousAfterFaultOnExternal_ReportsBoth()
    {
        // Given a kill of the external service and a start of 'previous'
        var options = Staging()
            .Fault(TimeSpan.FromSeconds(1), "kill", "longhorn")
            .Fault(TimeSpan.FromSeconds(2), "start", "previous")
            .ToOptions();

        // When it is validated
        var paths = ScenarioValidator.Validate(options, TestKinds.All).Select(e => e.Path);

        // Then both faults are named: 'previous' is the external service too
        Assert.That(paths, Is.EqualTo(new[] { "faults[0].kill.target", "faults[1].start.target" }));
    }

    [Test]
    public void Validate_ContainerKeysOnExternalService_EachNamedWithWhy()
    {
        // Given an external service that also names an image, replicas, a command, env, volumes and a readiness probe
        var options = new ScenarioBuilder("staging", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("longhorn", s =>
        {
            s.External = new ExternalOptions { Url = "https://longhorn.staging.example" };
            s.Image = "longhornio/longhorn-manager:v1.7.2";
            s.Replicas = 3;
            s.Command = ["longhorn-manager"];
            s.Env["A"] = "b";
            s.Volumes["data"] = new VolumeOptions { Path = "/var/lib/longhorn" };
            s.Ready = new ReadyOptions { Http = "http://{self}:9500/v1" };
        }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then each key is refused at its path, saying the harness does not run the service
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "services.longhorn.image", "services.longhorn.replicas", "services.longhorn.command", "services.longhorn.env", "services.longhorn.volumes", "services.longhorn.ready" }));
        Assert.That(errors[0].ToString(), Is.EqualTo("services.longhorn.image: external service 'longhorn' takes no 'image': ChaosBench does not run it, so it has no image to start; fix: remove 'image', or remove 'external' to run an image here"));
    }

    [TestCase(null, "an external service needs a 'url'")]
    [TestCase("$LONGHORN_URL", "url: a lone '$' at character 1")]
    [TestCase("longhorn.staging.example", "'longhorn.staging.example' is not an http:// or https:// URL")]
    public void Validate_BadExternalUrl_Reported(string? url, string expected)
    {
        // Given an external service whose url is missing, malformed, or not http(s) with no variable to fill it
        var options = new ScenarioBuilder("staging", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("longhorn", s => s.External = new ExternalOptions { Url = url }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the url is named
        Assert.That(errors.Single().Path, Is.EqualTo("services.longhorn.external.url"));
        Assert.That(errors.Single().Message, Does.StartWith(expected));
    }

    [Test]
    public void Validate_HttpKvWithPortOnExternal_RefusesThePort()
    {
        // Given an http-kv workload on the external service that names a port
        var options = Staging().ToOptions();
        ((HttpKvOptions)options.Workload!.Options!).Http!.Port = 9500;

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the port is refused: the url carries it
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "workload.http.port" }));
        Assert.That(errors[0].Message, Does.Contain("url carries the port"));
    }

    [Test]
    public void Validate_WorkloadWithItsOwnClientOnExternal_Refused()
    {
        // Given an etcd-kv workload aimed at the external service
        var options = Staging().Workload("etcd-kv", "longhorn").ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the kind is refused: only http-kv reaches an external service
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"workload.kind: etcd-kv cannot target external service 'longhorn': {Reach}; fix: use 'kind: http-kv' with the deployment's REST API" }));
    }

    [Test]
    public void Validate_ContainerExpectationsOnExternal_EachRefused()
    {
        // Given a log, a refuses-to-start and a recovers-within judging the external service
        var options = Staging()
            .Expect(new LogOptions { Service = "longhorn", Pattern = "panic", Absent = true })
            .Expect(new RefusesToStartOptions { Service = "longhorn" })
            .Expect("recovers-within", TimeSpan.FromSeconds(10))
            .Expect(new AvailabilityOptions { MaxErrorRate = 0.5 })
            .ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then each container expectation is refused; availability judges the history and is fine
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "expect[0].log.service", "expect[1].refuses-to-start.service", "expect[2].recovers-within" }));
        Assert.That(errors[0].Message, Is.EqualTo($"log cannot judge external service 'longhorn': {Reach}"));
    }

    [TestCase("{longhorn}/v1/backingimages", null)]
    [TestCase("{longhorn}", null)]
    [TestCase("http://{etcd}:2379/health", null)]
    [TestCase("https://{etcd}:2379/health", "is not an http:// URL")]
    [TestCase("http://{longhorn}:9500/v1", "must begin the url")]
    [TestCase("http://{lonhorn}:9500/v1", "'{lonhorn}' in the url is neither a service or member")]
    [TestCase("ftp://{etcd}/x", "is not an http:// URL")]
    public void Validate_HttpStatusUrl_ExternalPlaceholderBeginsIt(string url, string? expected)
    {
        // Given an http-status url naming a container service or the external one
        var options = Staging().Expect(new HttpStatusOptions { Url = url, Is = 200 }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then a container service's placeholder is a host, an external one's the whole base URL
        Assert.That(errors.Select(e => e.Message), expected is null ? Is.Empty : Has.One.Contains(expected));
    }

    [Test]
    public void IsExternal_ServiceMemberOrUnknown_OnlyTheExternalService()
    {
        // Given the staging scenario's options
        var options = Staging().ToOptions();

        // Then only the external service's name is external
        Assert.That(ScenarioValidator.IsExternal(options, "longhorn"), Is.True);
        Assert.That(ScenarioValidator.IsExternal(options, "etcd"), Is.False);
        Assert.That(ScenarioValidator.IsExternal(options, "nobody"), Is.False);
        Assert.That(ScenarioValidator.IsExternal(options, null), Is.False);
    }
}
