using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Scenarios;
using ChaosBench.Scenarios.Reading;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
    private static readonly string CheckedIn = Path.Combine(TestEnvironment.RepoRoot, "docs", "scenario.schema.json");

    [Test]
    public void Generate_ComparedWithCheckedInFile_IsEqual()
    {
        // Given the generated schema
        var generated = ScenarioSchema.Generate(TestKinds.All);

        // When asked to, refresh the checked-in copy (CHAOSBENCH_UPDATE_SCHEMA=1 dotnet test --filter ScenarioSchemaTests)
        if (Environment.GetEnvironmentVariable("CHAOSBENCH_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CheckedIn, generated);
        }

        // Then docs/scenario.schema.json is exactly what the model and the loader say today
        Assert.That(File.ReadAllText(CheckedIn), Is.EqualTo(generated), "docs/scenario.schema.json is stale; fix: run this test with CHAOSBENCH_UPDATE_SCHEMA=1");
    }

    [Test]
    public void Generate_FaultsAndExpectations_ComeFromTheModelsKindLists()
    {
        // Given the generated schema
        var schema = JsonNode.Parse(ScenarioSchema.Generate(TestKinds.All))!;

        // When its fault and expectation definitions are read
        var faultKeys = schema["$defs"]!["fault"]!["properties"]!.AsObject().Select(p => p.Key);
        var expectations = schema["$defs"]!["expectation"]!["oneOf"]![1]!["properties"]!.AsObject().Select(p => p.Key);
        var killParameters = schema["$defs"]!["fault-kill"]!["properties"]!.AsObject().Select(p => p.Key);

        // Then they are the model's lists
        Assert.That(faultKeys, Is.EqualTo(TestKinds.All.Faults.Names.Prepend("at")));
        Assert.That(expectations, Is.EqualTo(TestKinds.All.Expectations.Names));
        Assert.That(killParameters, Is.EquivalentTo(FaultKeys.Of(TestKinds.Fault("kill"))));
    }

    [TestCase("5s", true)]
    [TestCase("1m30s", true)]
    [TestCase("1.5s", true)]
    [TestCase("500ms", true)]
    [TestCase("20", false)]
    [TestCase("-1s", false)]
    [TestCase("5 seconds", false)]
    public void Generate_DurationPattern_AgreesWithDurations(string text, bool valid)
    {
        // Given the schema's duration pattern
        var pattern = (string)JsonNode.Parse(ScenarioSchema.Generate(TestKinds.All))!["$defs"]!["duration"]!["pattern"]!;

        // Then it accepts what Durations.TryParse accepts
        Assert.That(Durations.TryParse(text, out _), Is.EqualTo(valid));
        Assert.That(Regex.IsMatch(text, pattern), Is.EqualTo(valid));
    }

    [Test]
    public void Readers_Keys_MatchTheOptionsProperties()
    {
        // Given the keys the loader reads for each options class

        // Then each class's properties are exactly the keys (kebab-case), so a new option cannot be left unread
        // 'matrix:' fills no option: the file is expanded into one set of options per combination before reading;
        // 'overrides' and 'unset-variables' have no key: reading the Compose file fills them; 'durability:' fills no
        // option either: it changes the Compose file's services as they join (their volumes, and an override line each)
        Assert.That(ScenarioReader.Fields.Keys.Where(k => k is not ("matrix" or "durability")), Is.EquivalentTo(Keys<ScenarioOptions>().Where(k => k is not ("overrides" or "unset-variables"))));
        // 'secret-env' has no key of its own: an env value's 'secret: true' fills it; nor 'verbatim': a Compose file's services are
        Assert.That(ServiceReader.Fields.Keys, Is.EquivalentTo(Keys<ServiceOptions>().Where(k => k is not ("secret-env" or "verbatim"))));
        Assert.That(ServiceReader.VolumeFields.Keys, Is.EquivalentTo(Keys<VolumeOptions>()));
        Assert.That(ServiceReader.ReadyFields.Keys, Is.EquivalentTo(Keys<ReadyOptions>()));
        Assert.That(ServiceReader.ExternalFields.Keys, Is.EquivalentTo(Keys<ExternalOptions>()));
        Assert.That(ImageReader.Fields.Keys, Is.EquivalentTo(Keys<ImageSourceOptions>()));
        // The workload's kind's own options sit beside the common keys, read by their own shape
        Assert.That(OptionsShape.Of<WorkloadOptions>().Keys.Append("options"), Is.EquivalentTo(Keys<WorkloadOptions>()));

        // A fault's 'at' and kind are its own keys; for, when-log and the kind's options sit under the kind
        Assert.That(new[] { FaultKeys.At, "kind", FaultKeys.For, FaultKeys.WhenLog, "options" }, Is.EquivalentTo(Keys<FaultOptions>()));
    }

    private static IEnumerable<string> Keys<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => Regex.Replace(p.Name, "(?<!^)([A-Z])", "-$1").ToLowerInvariant());
}
