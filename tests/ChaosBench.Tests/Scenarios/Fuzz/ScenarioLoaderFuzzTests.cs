using System.Text;
using System.Text.RegularExpressions;
using ChaosBench.Cli;
using ChaosBench.Cli.Commands;
using FsCheck;
using FsCheck.Fluent;

namespace ChaosBench.Tests.Scenarios.Fuzz;

/// <summary>
/// The loader under fire: mutated and generated files go through <c>lint</c>'s own code, which must answer every
/// one with exit 0, or exit 2 and only located messages; never an exception. FsCheck prints the replay seed of a
/// failing case, and the case itself is saved under .build/fuzz-failures.
/// </summary>
public sealed partial class ScenarioLoaderFuzzTests
{
    private const int MutatedFiles = 8_000;
    private const int GeneratedFiles = 2_000;
    private static readonly string Failures = Path.Combine(TestEnvironment.RepoRoot, ".build", "fuzz-failures");

    [Test]
    [CancelAfter(600_000)]
    public void Lint_MutatedScenarioAndComposeFiles_ExitTwoWithLocatedMessagesOrPass()
    {
        // Given the repository's scenarios, the broken corpus and the Compose files, each mutated one to six times
        using var corpus = new FuzzCorpus();
        var others = corpus.AllBytes;
        var cases = from seed in Gen.Choose(0, corpus.Seeds.Count - 1)
                    from count in Gen.Choose(1, 6)
                    from steps in Gen.ArrayOf(Gen.Two(Gen.Choose(0, int.MaxValue)), count)
                    select (seed, steps);

        // When lint reads each, Then it passes or fails cleanly
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutatedFiles).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var seed = corpus.Seeds[c.seed];
            var bytes = c.steps.Aggregate(seed.Bytes, (b, s) => Mutations.Apply(s.Item1 % Mutations.Count, s.Item2, b, others));
            try
            {
                File.WriteAllBytes(seed.MutantPath, bytes);
                return LintsCleanly(seed.ScenarioPath, bytes);
            }
            finally
            {
                File.WriteAllBytes(seed.MutantPath, seed.Bytes);
            }
        }));
    }

    [Test]
    [CancelAfter(600_000)]
    public void Lint_GeneratedFilesOfTheFormatsOwnKeys_ExitTwoWithLocatedMessagesOrPass()
    {
        // Given YAML trees built from the keys the scenarios use and hostile values, up to four levels deep
        using var corpus = new FuzzCorpus();
        var scalars = Gen.Elements(Mutations.Hostile.Concat(["etcd", "redis", "recipe:etcd-3.4", "3", "10s", "kill", "random", "etcd-kv", "no-lost-writes"]));

        // When lint reads each, Then it passes or fails cleanly
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(GeneratedFiles).WithQuietOnSuccess(true), Prop.ForAll(Tree(Gen.Elements(corpus.Keys), scalars, 4).ToArbitrary(), yaml =>
        {
            var bytes = Encoding.UTF8.GetBytes(yaml);
            File.WriteAllBytes(corpus.Scratch, bytes);
            return LintsCleanly(corpus.Scratch, bytes);
        }));
    }

    /// <summary>A block mapping of generated keys whose values are scalars, flow lists or nested mappings.</summary>
    private static Gen<string> Tree(Gen<string> keys, Gen<string> scalars, int depth)
    {
        var list = Gen.ArrayOf(scalars, 3).Select(items => "[" + string.Join(", ", items) + "]");
        var value = depth == 0
            ? Gen.OneOf(scalars.Select(s => " " + s), list.Select(l => " " + l))
            : Gen.OneOf(scalars.Select(s => " " + s), list.Select(l => " " + l), Tree(keys, scalars, depth - 1).Select(t => "\n" + Indent(t)));
        return Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(keys.SelectMany(k => value.Select(v => $"{k}:{v}")), n)).Select(lines => string.Join('\n', lines));
    }

    private static string Indent(string block) => string.Join('\n', block.Split('\n').Select(l => "  " + l));

    /// <summary>Exit 0, or exit 2 with every line of stderr located in the scenario or a file it names; else the case is saved.</summary>
    private static bool LintsCleanly(string scenario, byte[] bytes)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string problem;
        try
        {
            var exit = LintCommand.Run([scenario], stdout, stderr);
            var errors = stderr.ToString();
            var unlocated = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !Located().IsMatch(l)).ToList();
            problem = exit switch
            {
                ExitCodes.Passed when errors.Length == 0 => string.Empty,
                ExitCodes.Invalid when errors.Length > 0 && unlocated.Count == 0 => string.Empty,
                _ => $"exit {exit}; unlocated: {string.Join(" | ", unlocated)}",
            };
        }
        catch (Exception e)
        {
            problem = e.ToString();
        }

        if (problem.Length == 0)
        {
            return true;
        }

        Directory.CreateDirectory(Failures);
        var saved = Path.Combine(Failures, $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12]}.yaml");
        File.WriteAllBytes(saved, bytes);
        TestContext.Out.WriteLine($"{saved}: {problem}");
        return false;
    }

    /// <summary>FILE:LINE:COLUMN: message, as every loader error is printed.</summary>
    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: \S")]
    private static partial Regex Located();
}
