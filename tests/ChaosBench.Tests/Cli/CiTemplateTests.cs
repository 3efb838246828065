using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using ChaosBench.Cli.Commands;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Tests.Cli;

/// <summary>
/// The CI templates in ci/templates cannot run here, so what can rot is checked: every chaosbench command line in
/// them parses against the real command line, the recipes and scenarios they name exist, and the shard count agrees.
/// </summary>
public sealed partial class CiTemplateTests
{
    private static readonly string Templates = Path.Combine(TestEnvironment.RepoRoot, "ci", "templates");

    /// <summary>What the CI systems put in the variables the templates use, for one shard of three.</summary>
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["${{ matrix.shard }}"] = "1",
        ["$CI_NODE_INDEX"] = "1",
        ["$CI_NODE_TOTAL"] = "3",
        ["$SHARDS"] = "3",
        ["\"${durations[@]}\""] = "--durations durations/summary.json",
    };

    [TestCase("github-actions.yml")]
    [TestCase("gitlab-ci.yml")]
    public void Template_EveryChaosbenchCommand_Parses(string template)
    {
        // Given every chaosbench command line of the template, its variables filled in as CI would
        var (yaml, commands) = Commands(template);
        Assert.That(commands.Select(c => c[0]), Is.SupersetOf(new[] { "images", "run", "report" }), "the template builds, runs and merges");

        foreach (var command in commands)
        {
            // When the real command line parses it
            var parsed = Root.Create().Parse(command);

            // Then it has no error, and the scenarios and recipes it names exist (a misspelt option would be taken
            // for a scenario path, so this catches it too)
            var line = $"{template}: chaosbench {string.Join(' ', command)}";
            Assert.That(parsed.Errors.Select(e => e.Message), Is.Empty, line);
            foreach (var value in Values(parsed, "scenarios"))
            {
                Assert.That(Path.Combine(TestEnvironment.RepoRoot, value), Does.Exist, line);
            }

            foreach (var recipe in Values(parsed, "recipes"))
            {
                Assert.That(Path.Combine(TestEnvironment.RepoRoot, "fixtures", "images", $"{recipe}.yaml"), Does.Exist, line);
            }
        }
    }

    [Test]
    public void GitHubTemplate_ShardMatrix_MatchesShardCount()
    {
        var (yaml, _) = Commands("github-actions.yml");
        var shards = (YamlSequenceNode)yaml["jobs"]["shard"]["strategy"]["matrix"]["shard"];

        Assert.That(shards.Select(s => s.ToString()), Is.EqualTo(Enumerable.Range(1, int.Parse(Scalar(yaml, "SHARDS"))).Select(i => i.ToString())));
    }

    [Test]
    public void GitLabTemplate_MergeJob_KeepsReportAndJUnit()
    {
        var (yaml, _) = Commands("gitlab-ci.yml");
        var artifacts = yaml["merge"]["artifacts"];

        Assert.That(((YamlSequenceNode)artifacts["paths"]).Select(p => p.ToString()), Does.Contain("merged/"));
        Assert.That(artifacts["reports"]["junit"].ToString(), Is.EqualTo("merged/junit.xml"));
        Assert.That(yaml["merge"]["when"].ToString(), Is.EqualTo("always"), "a failed shard must still be merged");
    }

    private static (YamlNode Yaml, List<string[]> Commands) Commands(string template)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Templates, template))));
        var root = stream.Documents[0].RootNode;
        var scenarios = Scalar(root, "SCENARIOS");
        Assert.That(scenarios, Does.Contain("scenarios/matrix"), "the template certifies a version matrix");
        var commands = ShellLines(root)
            .Select(line => ChaosbenchCall().Match(line))
            .Where(m => m.Success)
            .Select(m => Variables.Aggregate(m.Groups["args"].Value, (text, v) => text.Replace(v.Key, v.Value)).Replace("$SCENARIOS", scenarios))
            .Select(args => args.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return (root, commands);
    }

    private static IEnumerable<string> Values(ParseResult parsed, string argument) =>
        parsed.CommandResult.Children.OfType<ArgumentResult>().Where(a => a.Argument.Name == argument).SelectMany(a => a.Tokens).Select(t => t.Value);

    /// <summary>Every line of every <c>run:</c> (GitHub) or <c>script:</c> (GitLab) in the template.</summary>
    private static IEnumerable<string> ShellLines(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(c => c.Key.ToString() is "run" or "script" ? Lines(c.Value) : ShellLines(c.Value)),
        YamlSequenceNode seq => seq.Children.SelectMany(ShellLines),
        _ => [],
    };

    private static IEnumerable<string> Lines(YamlNode node) => node is YamlSequenceNode seq
        ? seq.Children.SelectMany(Lines)
        : node.ToString().Split('\n');

    /// <summary>The value of a CI variable the template declares (under <c>env:</c> or <c>variables:</c>).</summary>
    private static string Scalar(YamlNode root, string name)
    {
        var map = (YamlMappingNode)root;
        var section = map.Children.TryGetValue("env", out var env) ? env : map["variables"];
        return section[name].ToString();
    }

    [GeneratedRegex(@"\./chaosbench (?<args>[^;|&]+)")]
    private static partial Regex ChaosbenchCall();
}
