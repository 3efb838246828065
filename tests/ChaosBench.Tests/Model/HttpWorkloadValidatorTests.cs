using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Workloads.HttpKv;

namespace ChaosBench.Tests.Model;

public sealed class HttpWorkloadValidatorTests
{
    private static ScenarioBuilder Api(Action<WorkloadOptions> configure) => new ScenarioBuilder("api-test", TestKinds.All)
        .Duration(TimeSpan.FromSeconds(10))
        .Service("api", s => s.Image = "recipe:etcd-3.4")
        .Workload("http-kv", "api", configure);

    private static HttpOptions Valid() => new()
    {
        Port = 8080,
        Write = new HttpWriteOptions { Method = "PUT", Path = "/kv/{key}", Body = "{value}" },
        Read = new HttpReadOptions { Method = "GET", Path = "/kv/{key}", Value = "/value" },
    };

    [Test]
    public void Build_ValidHttp_CarriesTheTemplatesIntoTheModel()
    {
        // Given an http-kv workload built in C#
        var scenario = Api(w => w.Options = new HttpKvOptions { Http = Valid() }).Build();

        // When its workload is read back
        var http = scenario.Workload!.OptionsAs<HttpKvOptions>().Http!;

        // Then the port, the templates and the defaults are there
        Assert.That((http.Port, http.Write!.Path, http.Write.Body, http.Read!.Value), Is.EqualTo((8080, "/kv/{key}", "{value}", "/value")));
        Assert.That(http.Write.Ok, Is.EqualTo(new[] { 200, 201, 204 }));
        Assert.That(http.Read.Missing, Is.EqualTo(new[] { 404 }));
    }

    [Test]
    public void Validate_HttpKvWithoutHttp_AsksForIt()
    {
        // Given an http-kv workload with no http mapping
        var options = Api(_ => { }).ToOptions();

        // When it is validated
        var paths = ScenarioValidator.Validate(options, TestKinds.All).Select(e => e.Path);

        // Then the missing mapping is named
        Assert.That(paths, Is.EqualTo(new[] { "workload.http" }));
    }

    [Test]
    public void Validate_BadTemplates_ReportsEachAtItsPath()
    {
        // Given a port out of range, an unknown method, a relative path, a pointer without '/', a bad status and a write without ok
        var http = Valid();
        http.Port = 70000;
        http.Write!.Method = "PATCH";
        http.Write.Ok = [];
        http.Read!.Path = "kv/{key}";
        http.Read.Value = "kvs/0";
        http.Read.Missing = [44];
        var options = Api(w => w.Options = new HttpKvOptions { Http = http }).ToOptions();

        // When it is validated
        var paths = ScenarioValidator.Validate(options, TestKinds.All).Select(e => e.Path);

        // Then every problem is reported at once
        Assert.That(paths, Is.EquivalentTo(new[]
        {
            "workload.http.port", "workload.http.write.method", "workload.http.write.ok", "workload.http.read.path", "workload.http.read.value", "workload.http.read.missing",
        }));
    }

    [Test]
    public void Validate_HttpOnAnotherKind_IsRefused()
    {
        // Given a redis-kv workload that also carries http templates
        var options = Api(w => w.Options = new HttpKvOptions { Http = Valid() }).ToOptions();
        options.Workload!.Kind = "redis-kv";

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the http mapping is the problem
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "workload.http" }));
    }
}
