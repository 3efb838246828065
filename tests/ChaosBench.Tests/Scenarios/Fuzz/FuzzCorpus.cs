using System.Text;
using System.Text.RegularExpressions;

namespace ChaosBench.Tests.Scenarios.Fuzz;

/// <summary>
/// The files mutations start from: every scenario of the repository, the broken corpus, and the Compose files
/// scenarios name. Each seed's folder is copied to a temporary one, so a mutant is loaded where its neighbours
/// (Compose, .env and env files) are, without writing into the repository.
/// </summary>
internal sealed partial class FuzzCorpus : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chaosbench-fuzz-").FullName;

    public FuzzCorpus()
    {
        var repo = TestEnvironment.RepoRoot;
        var folders = new[] { Path.Combine(repo, "scenarios"), Path.Combine(repo, "tests", "ChaosBench.Tests", "Scenarios", "Broken"), Path.Combine(repo, "tests", "ChaosBench.Tests", "Scenarios", "Compose", "Run") };
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.yaml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var mirror = Mirror(Path.GetDirectoryName(file)!);
            var name = Path.GetFileName(file);
            if (!name.EndsWith(".compose.yaml", StringComparison.Ordinal))
            {
                Seeds.Add(new Seed(File.ReadAllBytes(file), Path.Combine(mirror, name), Path.Combine(mirror, name)));
            }
            else if (Directory.EnumerateFiles(mirror, "*.yaml").FirstOrDefault(s => File.ReadAllText(s).Contains($"compose: {name}", StringComparison.Ordinal)) is { } scenario)
            {
                // A broken Compose file is found by loading the scenario that names it.
                Seeds.Add(new Seed(File.ReadAllBytes(file), Path.Combine(mirror, name), scenario));
            }
        }

        Keys = [.. Seeds.SelectMany(s => KeyPattern().Matches(Encoding.UTF8.GetString(s.Bytes)).Select(m => m.Groups[1].Value)).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Each seed: its bytes, where its mutant is written, and which scenario to load then.</summary>
    public List<Seed> Seeds { get; } = [];

    /// <summary>Every key written in a seed: generated files use the format's own words.</summary>
    public string[] Keys { get; }

    public byte[][] AllBytes => [.. Seeds.Select(s => s.Bytes)];

    /// <summary>A scratch scenario path next to no other file.</summary>
    public string Scratch => Path.Combine(_root, "generated.yaml");

    private string Mirror(string folder)
    {
        var mirror = Path.Combine(_root, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..12]);
        if (!Directory.Exists(mirror))
        {
            Directory.CreateDirectory(mirror);
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                File.Copy(file, Path.Combine(mirror, Path.GetFileName(file)));
            }
        }

        return mirror;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [GeneratedRegex(@"^\s*(?:-\s+)?([a-z][a-z0-9_-]*):", RegexOptions.Multiline)]
    private static partial Regex KeyPattern();
}

/// <summary>One seed file: its bytes, where a mutant of it goes, and the scenario that loads it.</summary>
internal sealed record Seed(byte[] Bytes, string MutantPath, string ScenarioPath);
