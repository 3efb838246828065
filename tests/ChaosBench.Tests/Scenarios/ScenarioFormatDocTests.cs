using System.Text.RegularExpressions;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Scenarios;

/// <summary>The examples in docs/scenario-format.md load as the document says they do.</summary>
public sealed partial class ScenarioFormatDocTests
{
    private static readonly List<(string Language, string Text)> Blocks = FencedBlocks(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "docs", "scenario-format.md")));

    [Test]
    public void Doc_WholeScenarios_AreValidOrReportTheLinesShownBelowThem()
    {
        // Given each whole scenario in the document, and the output shown after it, if any
        var scenarios = Blocks.Select((b, i) => (Block: b, Next: i + 1 < Blocks.Count ? Blocks[i + 1] : default))
            .Where(p => p.Block.Language == "yaml" && TopLevelKey().Matches(p.Block.Text).Any(m => m.Groups[1].Value == "name"))
            .ToList();
        Assert.That(scenarios, Is.Not.Empty);

        foreach (var (block, next) in scenarios)
        {
            // When it is parsed as etcd.yaml
            var reported = Errors(block.Text);

            // Then it is valid, or reports exactly the lines the document shows
            Assert.That(reported, Is.EqualTo(next.Language == "text" ? next.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>()), block.Text);
        }
    }

    [Test]
    public void Doc_SectionExamples_TogetherFormAValidScenario()
    {
        // Given the examples that show one top-level section; the last example of a section is its fullest
        var sections = new Dictionary<string, string>();
        foreach (var (_, text) in Blocks.Where(b => b.Language == "yaml"))
        {
            var keys = TopLevelKey().Matches(text).Select(m => m.Groups[1].Value).ToList();
            if (keys is [var key] && key != "name")
            {
                sections[key] = text;
            }
        }

        // When they are put together under a name and a duration
        var reported = Errors("name: doc-check\nduration: 20s\n" + string.Concat(sections.Values));

        // Then the scenario is valid
        Assert.That(sections.Keys, Is.EquivalentTo(new[] { "services", "workload", "faults", "expect" }));
        Assert.That(reported, Is.Empty);
    }

    private static string[] Errors(string yaml)
    {
        try
        {
            TestKinds.Loader.ParseAll(yaml, "etcd.yaml");
            return [];
        }
        catch (ScenarioLoadException e)
        {
            return e.Errors.Select(error => error.ToString()).ToArray();
        }
    }

    private static List<(string Language, string Text)> FencedBlocks(string markdown) =>
        FencedBlock().Matches(markdown).Select(m => (m.Groups["language"].Value, m.Groups["text"].Value)).ToList();

    [GeneratedRegex(@"^```(?<language>\w+)\n(?<text>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^([a-z]+):", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();
}
