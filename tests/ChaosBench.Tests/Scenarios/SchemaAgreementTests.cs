using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChaosBench.Model.Kinds;
using ChaosBench.Scenarios;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Tests.Scenarios;

/// <summary>
/// docs/scenario.schema.json and the loader agree (issue 19, item 7): every scenario that lints clean is valid
/// against the schema, and a sample of each kind built from the schema's own keys and examples lints clean.
/// </summary>
public sealed partial class SchemaAgreementTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "scenario.schema.json"))));

    /// <summary>Every scenario file shipped or used as a fixture that the loader reads without an error.</summary>
    public static IEnumerable<TestCaseData> LintClean() =>
        new[] { "scenarios", "bench/scenarios", "tests/ChaosBench.Tests", "tests/ChaosBench.QaSample/scenarios" }
            .Select(f => Path.Combine(TestEnvironment.RepoRoot, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*.yaml", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !ComposeFiles.IsComposeFile(f))
            .Where(Loads)
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(TestEnvironment.RepoRoot, f)).SetName($"Schema_{Path.GetRelativePath(TestEnvironment.RepoRoot, f)}"));

    [TestCaseSource(nameof(LintClean))]
    public void Validate_LintCleanScenario_IsValidAgainstTheSchema(string file)
    {
        // Given a scenario the loader reads without an error
        var yaml = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, file));

        // When it is checked against the schema, as JSON
        var problems = Problems(yaml);

        // Then the schema finds nothing wrong either
        Assert.That(problems, Is.Empty, $"{file} lints clean but not against docs/scenario.schema.json; fix the kind's options or the schema generator so they agree");
    }

    [Test]
    public void Corpus_LintClean_IsLargeEnoughToMatter() => Assert.That(LintClean().Count(), Is.GreaterThanOrEqualTo(60));

    [Test]
    public void Validate_UnknownKeyInAFault_IsRefusedByTheSchemaToo()
    {
        // Given a fault with a key its kind does not take (the negative control of the test above)
        var yaml = Base + "faults:\n  - at: 5s\n    stop: { target: etcd, signal: TERM }\n";

        // Then both refuse it
        Assert.That(Problems(yaml), Is.Not.Empty);
        Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "sample.yaml"));
    }

    /// <summary>One sample per fault kind: its required options from their examples, after a fault that leaves the state it needs.</summary>
    public static IEnumerable<TestCaseData> FaultSamples() => TestKinds.All.Faults.Select(k => new TestCaseData(k.Name).SetName($"Sample_fault_{k.Name}"));

    [TestCaseSource(nameof(FaultSamples))]
    public void Sample_FaultKind_IsSchemaValidAndLintsClean(string name)
    {
        // Given a scenario with one fault of the kind, its required options filled from their examples
        var kind = TestKinds.Fault(name);
        var before = kind.Needs is { } needs ? TestKinds.All.Faults.First(k => k.TargetsMembers && k.Leaves(OptionsShape.Of(k.OptionsType).Create()) == needs) : null;
        var yaml = Base + "faults:\n"
            + (before is null ? string.Empty : $"  - at: 1s\n    {before.Name}: {Body(before.OptionsType, "target: etcd-1")}\n")
            + $"  - at: 5s\n    {name}: {Body(kind.OptionsType, kind.TargetsMembers ? "target: etcd-1" : null)}\n";

        // Then the schema takes it, and so does the loader
        AssertBothTake(yaml);
    }

    /// <summary>One sample per expectation kind: bare when it requires nothing, else its required options from their examples.</summary>
    public static IEnumerable<TestCaseData> ExpectationSamples() => TestKinds.All.Expectations.Select(k => new TestCaseData(k.Name).SetName($"Sample_expectation_{k.Name}"));

    [TestCaseSource(nameof(ExpectationSamples))]
    public void Sample_ExpectationKind_IsSchemaValidAndLintsClean(string name)
    {
        // Given a scenario with one expectation of the kind, written in its shortest form
        var kind = TestKinds.Expectation(name);
        var shape = OptionsShape.Of(kind.OptionsType);
        var value = kind.Shorthand is { } shorthand ? $": {Example(shape.Find(shorthand)!)}"
            : shape.Fields.Any(f => f.IsRequired) ? $": {Body(kind.OptionsType, null)}" : string.Empty;

        // Then the schema takes it, and so does the loader
        AssertBothTake(Base + $"faults:\n  - at: 5s\n    kill: {{ target: etcd-1 }}\n  - at: 6s\n    start: {{ target: previous }}\nexpect:\n  - {name}{value}\n");
    }

    private const string Base = """
        name: sample
        duration: 20s
        services:
          etcd:
            image: recipe:etcd-3.4
            replicas: 3
            cluster: etcd
            volumes: { data: { path: /var/lib/etcd, durability: power-loss } }
        workload: { kind: etcd-kv, target: etcd }

        """;

    /// <summary>Where an example names a service of another scenario, the sample's own.</summary>
    private static string Example(OptionField field) => Regex.Replace(field.Example ?? "x", @"\{(qdrant|web|longhorn)\}", "{etcd}").Replace("qdrant", "etcd", StringComparison.Ordinal) switch
    {
        var url when field.Key == "url" => url.Replace(":6333/readyz", ":2379/health", StringComparison.Ordinal).Replace(":8080/health", ":2379/health", StringComparison.Ordinal),
        var other => other,
    };

    private static string Body(Type options, string? first)
    {
        var required = OptionsShape.Of(options).Fields.Where(f => f.IsRequired).Select(f => $"{f.Key}: {Example(f)}");
        return $"{{ {string.Join(", ", (first is null ? required : required.Prepend(first)))} }}";
    }

    private static void AssertBothTake(string yaml)
    {
        Assert.That(Problems(yaml), Is.Empty, yaml);
        Assert.DoesNotThrow(() => TestKinds.Loader.Parse(yaml, "sample.yaml"), yaml);
    }

    private static bool Loads(string file)
    {
        try
        {
            TestKinds.Loader.LoadAll(file, _ => null);
            return true;
        }
        catch (Exception e) when (e is ScenarioLoadException or IOException)
        {
            return false;
        }
    }

    /// <summary>What the schema finds wrong with the YAML, as JSON; empty when it is valid.</summary>
    private static string Problems(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode));
        var results = Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? string.Empty : JsonSerializer.Serialize(results);
    }

    /// <summary>YAML as JSON: plain scalars that read as numbers, true/false and null as such, everything else text.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonNode? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) => JsonValue.Create(number),
        _ => JsonValue.Create(text),
    };
}
