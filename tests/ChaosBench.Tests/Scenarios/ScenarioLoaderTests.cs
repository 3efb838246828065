using ChaosBench.Model;
using ChaosBench.Scenarios;
using ChaosBench.Workloads.HttpKv;
using ChaosBench.Faults;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.VersionHop;
using ChaosBench.Checkers.Log;

namespace ChaosBench.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private const string Etcd = """
        name: etcd-test
        duration: 20s
        services:
          etcd: { image: recipe:etcd-3.4, replicas: 3, cluster: etcd }

        """;

    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("chaosbench-loader-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [TestCase("200", 200)]
    [TestCase("200/s", 200)]
    [TestCase("12000/m", 200)]
    [TestCase("2.5/s", 2.5)]
    public void Parse_Rate_IsOperationsPerSecond(string rate, double perSecond)
    {
        // Given a workload rate written per second, per minute or bare
        var yaml = Etcd + $"workload: {{ kind: etcd-kv, target: etcd, rate: {rate} }}\n";

        // When it is parsed
        var scenario = TestKinds.Loader.Parse(yaml, "rate.yaml");

        // Then the rate is per second
        Assert.That(scenario.Workload!.Rate, Is.EqualTo(perSecond));
    }

    [Test]
    public void Parse_HttpKvWorkload_FillsTheTemplates()
    {
        // Given an http-kv workload with etcd's gateway as templates
        var yaml = Etcd + """
            workload:
              kind: http-kv
              target: etcd
              http:
                port: 2379
                write: { method: POST, path: /v3/kv/put, body: '{"key":"{key64}"}', ok: [200, 201] }
                read: { method: POST, path: /v3/kv/range, value: /kvs/0/value, base64: true, missing: [404, 410] }

            """;

        // When it is parsed
        var http = TestKinds.Loader.Parse(yaml, "http.yaml").Workload!.OptionsAs<HttpKvOptions>().Http!;

        // Then every key lands in the model
        Assert.That((http.Port, http.Write!.Method, http.Write.Body, http.Read!.Value, http.Read.Base64), Is.EqualTo((2379, "POST", "{\"key\":\"{key64}\"}", "/kvs/0/value", true)));
        Assert.That((http.Write.Ok, http.Read.Missing), Is.EqualTo((new[] { 200, 201 }, new[] { 404, 410 })));
    }

    [Test]
    public void Parse_ValueUnderWrite_IsAnUnknownKeyAtItsLine()
    {
        // Given a read-only key under write
        var yaml = Etcd + "workload:\n  kind: http-kv\n  target: etcd\n  http:\n    port: 2379\n    write: { method: PUT, path: /k, value: /v }\n    read: { method: GET, path: /k }\n";

        // When it is parsed
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "http.yaml"))!;

        // Then the loader points at it
        Assert.That(error.Message, Does.Contain("http.yaml:10:37: unknown key 'value' in http.write"));
    }

    [Test]
    public void Parse_EveryFaultKind_KeepsItsParameters()
    {
        // Given one fault of each kind that takes parameters, with member targets, numbered picks and 'for'
        var yaml = (Etcd.Replace("cluster: etcd }", "cluster: etcd, volumes: { data: /var/lib/etcd } }", StringComparison.Ordinal) + """
            faults:
              - at: 1s
                pause: { target: etcd, pick: all, for: 500ms }
              - at: 2s
                partition: { target: etcd, pick: 2, for: 1m }
              - at: 3m
                stop: { target: etcd-2 }
              - at: 3m1s
                delete-path: { target: etcd-2, path: /var/lib/etcd/member }
              - at: 3m2s
                start: { target: etcd-2 }
              - at: 4m
                kill: { target: etcd, pick: leader, signal: sigterm }
              - at: 4m1s
                restart: { target: previous }
              - at: 4m2s
                version-hop: { target: etcd, to: recipe:etcd-3.5 }
            """).Replace("duration: 20s", "duration: 5m", StringComparison.Ordinal);

        // When it is parsed
        var faults = TestKinds.Loader.Parse(yaml, "faults.yaml").Faults;

        // Then each fault keeps its kind, target, pick and parameters
        Assert.That(faults.Select(f => $"{f.Kind} {f.Targeting?.Target} {f.Targeting?.Pick} {(f.Options as KillOptions)?.Signal ?? "KILL"} {(f.Options as StoppedFileOptions)?.Path} {(f.Options as VersionHopOptions)?.To} {f.For}"), Is.EqualTo(new[]
        {
            "pause etcd all KILL   00:00:00.5000000",
            "partition etcd 2 KILL   00:01:00",
            "stop etcd-2 random KILL   ",
            "delete-path etcd-2 random KILL /var/lib/etcd/member  ",
            "start etcd-2 random KILL   ",
            "kill etcd leader TERM   ",
            "restart previous random KILL   ",
            "version-hop etcd random KILL  recipe:etcd-3.5 ",
        }));
        Assert.That(faults[2].At, Is.EqualTo(TimeSpan.FromMinutes(3)));
        Assert.That(faults[3].At, Is.EqualTo(TimeSpan.FromSeconds(181)));
    }

    [Test]
    public void Parse_LogWithAfter_KeepsTheOffset()
    {
        // Given a log expectation counting only lines from 15 s into the run
        var yaml = Etcd + "expect:\n  - log: { service: etcd, pattern: \"Replaced metadata of peer\", at-most: 5, after: 15s }\n";

        // When it is parsed
        var expectation = TestKinds.Loader.Parse(yaml, "log.yaml").Expectations.Single();

        // Then the offset is kept and shows in the expectation's name
        Assert.That(expectation.OptionsAs<LogOptions>().After, Is.EqualTo(TimeSpan.FromSeconds(15)));
        Assert.That(expectation.ToString(), Is.EqualTo("log etcd /Replaced metadata of peer/ at most 5 after 15s"));
    }

    [Test]
    public void LoadOptions_SemanticError_ReturnsOptionsThatLocateValidatorErrors()
    {
        // Given a well-formed file whose workload names a service that does not exist
        var path = Write("target.yaml", Etcd + "workload:\n  kind: etcd-kv\n  target: etdc\n");

        // When its options are loaded and validated
        var file = TestKinds.Loader.LoadOptions(path);
        var errors = ScenarioValidator.Validate(file.Options, TestKinds.All).Select(file.Locate);

        // Then the validator's path becomes the line and column of the value
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"{path}:7:11: no service 'etdc'; fix: did you mean 'etcd'?" }));
    }

    [Test]
    public void LoadOptions_UnknownKey_ThrowsWithTheKeysPlace()
    {
        // Given a file with a mistyped key
        var path = Write("typo.yaml", Etcd + "workload: { knd: etcd-kv, target: etcd }\n");

        // When its options are loaded
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.LoadOptions(path));

        // Then the typo is the one error, at the key
        Assert.That(error.Errors, Is.EqualTo(new[] { new LocatedError(path, 5, 13, "unknown key 'knd' in the workload", "did you mean 'kind'?") }));
    }

    [Test]
    public void Load_ErrorsOfReadingAndValidation_AreReportedTogetherInFileOrder()
    {
        // Given a file with a validation error above a reading error
        var path = Write("both.yaml", Etcd.Replace("replicas: 3", "replicas: 12", StringComparison.Ordinal) + "workload: { kind: etcd-kv, target: etcd, clients: lots }\n");

        // When it is loaded
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Load(path));

        // Then both come, sorted by line
        Assert.That(error.Errors.Select(e => (e.Line, e.Message)), Is.EqualTo(new[]
        {
            (4, "replicas must be from 1 to 9, not 12"),
            (5, "clients must be a whole number, not 'lots'"),
        }));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
