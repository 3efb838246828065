using ChaosBench.Scenarios;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.VersionHop;

namespace ChaosBench.Tests.Scenarios.Matrix;

public sealed class MatrixLoaderTests
{
    private const string Body = """
        duration: 8s
        services:
          redis: { image: "recipe:redis-${matrix.redis}", volumes: { data: /var/lib/redis } }
        workload: { kind: redis-kv, target: redis }
        faults:
          - at: 3s
            kill: { target: redis }
        expect: [no-lost-writes]
        """;

    [Test]
    public void ParseAll_TwoVariables_OneScenarioPerCombinationNamedByItsValues()
    {
        // Given a matrix of two versions and two signals
        var yaml = """
            name: redis-kill
            matrix:
              redis: ["6.0", "7.0"]
              signal: [KILL, TERM]
            duration: 8s
            services:
              redis: { image: "recipe:redis-${matrix.redis}", volumes: { data: /var/lib/redis } }
            workload: { kind: redis-kv, target: redis }
            faults:
              - at: 3s
                kill: { target: redis, signal: "${matrix.signal}" }
            expect: [no-lost-writes]
            """;

        // When it is loaded
        var scenarios = TestKinds.Loader.ParseAll(yaml, "m.yaml");

        // Then the cross product runs, the first variable varying slowest, each with its values substituted
        Assert.That(scenarios.Select(s => s.Name), Is.EqualTo(new[]
        {
            "redis-kill[redis=6.0,signal=KILL]", "redis-kill[redis=6.0,signal=TERM]", "redis-kill[redis=7.0,signal=KILL]", "redis-kill[redis=7.0,signal=TERM]",
        }));
        Assert.That(scenarios.Select(s => s.Services[0].Image), Is.EqualTo(new[] { "recipe:redis-6.0", "recipe:redis-6.0", "recipe:redis-7.0", "recipe:redis-7.0" }));
        Assert.That(scenarios.Select(s => s.Faults[0].OptionsAs<KillOptions>().Signal), Is.EqualTo(new[] { "KILL", "TERM", "KILL", "TERM" }));
        Assert.That(scenarios[3].Matrix, Is.EqualTo(new Dictionary<string, string> { ["redis"] = "7.0", ["signal"] = "TERM" }));
    }

    [Test]
    public void ParseAll_Zip_PairsTheListsInsteadOfCrossingThem()
    {
        // Given version hops written as two lists side by side
        var yaml = """
            name: redis-hop
            matrix:
              zip:
                from: [6.0, 7.0]
                to: [7.0, 8.0]
            duration: 8s
            services:
              redis: { image: "recipe:redis-${matrix.from}", volumes: { data: /var/lib/redis } }
            workload: { kind: redis-kv, target: redis }
            faults:
              - at: 3s
                version-hop: { target: redis, to: "recipe:redis-${matrix.to}" }
            expect: [no-lost-writes]
            """;

        // When it is loaded
        var scenarios = TestKinds.Loader.ParseAll(yaml, "m.yaml");

        // Then it is two runs, 6.0 → 7.0 and 7.0 → 8.0
        Assert.That(scenarios.Select(s => s.Name), Is.EqualTo(new[] { "redis-hop[from=6.0,to=7.0]", "redis-hop[from=7.0,to=8.0]" }));
        Assert.That(scenarios.Select(s => $"{s.Services[0].Image} > {s.Faults[0].OptionsAs<VersionHopOptions>().To}"), Is.EqualTo(new[] { "recipe:redis-6.0 > recipe:redis-7.0", "recipe:redis-7.0 > recipe:redis-8.0" }));
    }

    [Test]
    public void ParseAll_NoMatrix_OneScenarioWithoutValues()
    {
        // Given a plain scenario, with a dollar escaped as $$
        var yaml = "name: plain\n" + Body.Replace("${matrix.redis}", "7.0", StringComparison.Ordinal).Replace("[no-lost-writes]", "[no-lost-writes]\ndescription: costs $$5", StringComparison.Ordinal);

        // When it is loaded
        var scenarios = TestKinds.Loader.ParseAll(yaml, "m.yaml");

        // Then it is itself, named as written, and the escape is left for the interpolation after
        Assert.That(scenarios.Select(s => (s.Name, s.Matrix.Count, s.Description)), Is.EqualTo(new[] { ("plain", 0, "costs $$5") }));
    }

    [Test]
    public void Parse_MatrixOfSeveral_RefusesToPickOne()
    {
        // Given a matrix of two
        var yaml = "name: m\nmatrix: { redis: [\"6.0\", \"7.0\"] }\n" + Body;

        // When it is loaded as one scenario, Then the caller is told to load all
        Assert.That(() => TestKinds.Loader.Parse(yaml, "m.yaml"), Throws.InvalidOperationException.With.Message.Contains("LoadAll"));
    }

    [TestCase("matrix: { redis: [] }", "m.yaml:2:18: matrix variable 'redis' has no values; fix: list at least one, e.g. 'redis: [\"7.0\"]', or remove it")]
    [TestCase("matrix: { redis: [\"7.0\", \"7.0\"] }", "m.yaml:2:26: '7.0' appears twice in matrix variable 'redis'; fix: keep one: each value is one run")]
    [TestCase("matrix: { redis: [\"7.0\"], extra: [a] }", "m.yaml:2:27: matrix variable 'extra' is used nowhere, so its runs would all be the same; fix: write '${matrix.extra}' where its value goes, or remove it")]
    [TestCase("matrix: { redos: [\"7.0\"] }", "m.yaml:2:11: matrix variable 'redos' is used nowhere, so its runs would all be the same; fix: write '${matrix.redos}' where its value goes, or remove it")]
    [TestCase("matrix: {}", "m.yaml:2:9: matrix names no variable; fix: list each variable's values, e.g. 'matrix: { redis: [\"6.0\", \"7.0\", \"8.0\"] }', or remove 'matrix:'")]
    [TestCase("matrix: { zip: { redis: [\"6.0\", \"7.0\"], to: [\"8.0\"] } }", "m.yaml:2:16: the lists under zip must be equally long: redis has 2, to has 1; fix: give each the same number of values; the n-th values of each run together")]
    public void ParseAll_BadMatrix_ErrorAtItsPlaceWithAFix(string matrix, string expected)
    {
        // Given a scenario whose matrix is wrong
        var yaml = "name: m\n" + matrix + "\n" + Body;

        // When it is loaded
        var errors = Errors(yaml);

        // Then the first error is located and says how to fix it
        Assert.That(errors, Does.Contain(expected));
    }

    [Test]
    public void ParseAll_UnknownVariable_ErrorAtTheValueSuggestingTheDeclaredOne()
    {
        // Given a value naming a variable the matrix does not declare
        var yaml = "name: m\nmatrix: { redis: [\"7.0\"] }\n" + Body.Replace("${matrix.redis}", "${matrix.redsi}", StringComparison.Ordinal);

        // When it is loaded
        var errors = Errors(yaml);

        // Then the value is named, with the variable meant
        Assert.That(errors, Does.Contain("m.yaml:5:19: '${matrix.redsi}' names no matrix variable; fix: did you mean '${matrix.redis}'?"));
    }

    [Test]
    public void ParseAll_VariableWithoutMatrix_ErrorSaysToDeclareIt()
    {
        // Given a value naming a matrix variable in a file without a matrix
        var yaml = "name: m\n" + Body;

        // When it is loaded, Then it says how to declare it
        Assert.That(Errors(yaml), Is.EqualTo(new[] { "m.yaml:4:19: '${matrix.redis}' names no matrix variable; fix: declare it, e.g. 'matrix: { redis: [\"7.0\"] }'" }));
    }

    [Test]
    public void ParseAll_ErrorInOneExpansion_IsTaggedWithItsValues()
    {
        // Given a matrix whose second value makes an invalid scenario
        var yaml = "name: m\nmatrix: { redis: [\"7.0\"], n: [\"1\", lots] }\n" + Body.Replace("volumes:", "replicas: \"${matrix.n}\", volumes:", StringComparison.Ordinal);

        // When it is loaded
        var errors = Errors(yaml);

        // Then the error names the combination it belongs to, and only that one
        Assert.That(errors, Has.Exactly(1).Items);
        Assert.That(errors[0], Does.StartWith("m.yaml:5:").And.Contain("[redis=7.0,n=lots] replicas must be a whole number, not 'lots'"));
    }

    private static string[] Errors(string yaml)
    {
        try
        {
            TestKinds.Loader.ParseAll(yaml, "m.yaml");
            return [];
        }
        catch (ScenarioLoadException e)
        {
            return [.. e.Errors.Select(error => error.ToString())];
        }
    }
}
