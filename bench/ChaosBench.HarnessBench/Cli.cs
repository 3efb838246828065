using System.Text.Json.Nodes;

namespace ChaosBench.HarnessBench;

/// <summary>The built ChaosBench CLI, run as a user runs it, from the checkout; and the run folders it writes.</summary>
internal sealed class Cli(BenchOptions options)
{
    public string Repo => options.Repo;

    public Task<Proc> RunAsync(IEnumerable<string> args, CancellationToken ct, string? home = null) =>
        Proc.RunAsync("dotnet", [options.Cli, .. args], new Dictionary<string, string> { ["CHAOSBENCH_HOME"] = home ?? options.Repo }, ct, options.Repo);

    /// <summary>Runs scenarios into <paramref name="output"/>; the run.json of each, in folder order. A setup failure (exit 2/3) throws.</summary>
    public async Task<(Proc Proc, IReadOnlyList<JsonNode> Records)> RunScenariosAsync(IEnumerable<string> files, string output, long seed, CancellationToken ct, int parallel = 1)
    {
        var proc = await RunAsync(["run", .. files, "--seed", $"{seed}", "--out", output, "--parallel", $"{parallel}"], ct);
        if (proc.ExitCode is 2 or 3 or 130)
        {
            throw new BenchFailedException($"chaosbench run exited {proc.ExitCode}:\n{Tail(proc.Stderr)}");
        }

        var records = Directory.GetDirectories(output).Order(StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(File.ReadAllText(Path.Combine(f, "run.json")))!.AsObject().Also(r => r["folder"] = f))
            .ToList();
        return (proc, records);
    }

    /// <summary>A wrong verdict makes the measurement worthless: the bench stops.</summary>
    public static void ExpectPassed(IEnumerable<JsonNode> records, Proc proc)
    {
        foreach (var record in records.Where(r => r["outcome"]!.GetValue<string>() != "passed"))
        {
            throw new BenchFailedException($"{record["scenario"]} was {record["outcome"]}, expected passed ({record["folder"]}):\n{Tail(proc.Stderr)}");
        }
    }

    public static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(15));
}
