using System.Text.Json.Nodes;
using ChaosBench.Engine;
using ChaosBench.Tests.Cli;

namespace ChaosBench.Tests.Engine.Engines;

/// <summary>
/// <c>scenarios/etcd/kill-member.yaml --seed 7</c> (or another scenario) run by the CLI against an extra engine, which
/// first gets the scenario's images from the main engine (<c>docker save | docker load</c>, so no recipe is built twice).
/// </summary>
internal static class KillMemberRun
{
    /// <summary>The exit code, the record (null when none was written) and what the CLI printed.</summary>
    public static Task<(int Exit, JsonNode? Record, string Output)> RunAsync(SecondDockerd engine, IReadOnlyDictionary<string, string> env, CancellationToken ct) =>
        RunAsync(engine.CopyImageAsync, () => engine.Log, env, ct);

    /// <summary>The same on Podman.</summary>
    public static Task<(int Exit, JsonNode? Record, string Output)> RunAsync(PodmanService engine, IReadOnlyDictionary<string, string> env, CancellationToken ct) =>
        RunAsync(engine.CopyImageAsync, () => engine.Log, env, ct);

    /// <summary><paramref name="scenario"/> (from the repository's root) with seed 1 on Podman, after copying the images of <paramref name="recipes"/> there.</summary>
    public static Task<(int Exit, JsonNode? Record, string Output)> RunAsync(PodmanService engine, string scenario, IReadOnlyList<string> recipes, IReadOnlyDictionary<string, string> env, CancellationToken ct) =>
        RunAsync(engine.CopyImageAsync, () => engine.Log, env, ct, scenario, "1", recipes);

    private static async Task<(int Exit, JsonNode? Record, string Output)> RunAsync(
        Func<IContainerEngine, string, Task> copyImage, Func<string> log, IReadOnlyDictionary<string, string> env, CancellationToken ct,
        string scenario = "scenarios/etcd/kill-member.yaml", string seed = "7", IReadOnlyList<string>? recipes = null)
    {
        using (var main = TestEnvironment.Engine())
        {
            foreach (var recipe in recipes ?? ["etcd-3.4"])
            {
                var image = await TestEnvironment.ImageAsync(recipe);
                await copyImage(main, image.Recipe.Tag);
            }
        }

        var output = Directory.CreateTempSubdirectory("chaosbench-runs-").FullName;
        try
        {
            var (exit, stdout, stderr) = await CliProcess.RunAsync(["run", scenario, "--seed", seed, "--out", output], env, ct: ct);
            var record = Directory.GetFiles(output, "run.json", SearchOption.AllDirectories).FirstOrDefault() is { } file ? JsonNode.Parse(File.ReadAllText(file)) : null;
            return (exit, record, $"{stderr}\n{stdout}\nengine log:\n{string.Join('\n', log().Split('\n').TakeLast(30))}{(exit == 0 ? string.Empty : MemberLogs(output))}");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The last lines of each member's log: a failed run's folder is deleted with the test, and CI keeps only this output.</summary>
    internal static string MemberLogs(string output) => string.Concat(
        Directory.GetFiles(output, "*.log", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => $"\n\n{Path.GetFileName(file)} (last 20 lines):\n{string.Join('\n', File.ReadLines(file).TakeLast(20))}"));

    /// <summary>Engine variables that would otherwise leak in from the test's own environment, unset.</summary>
    public static Dictionary<string, string> Clean() => new()
    {
        ["DOCKER_HOST"] = string.Empty,
        ["DOCKER_CONTEXT"] = string.Empty,
        ["DOCKER_TLS_VERIFY"] = string.Empty,
        ["DOCKER_CERT_PATH"] = string.Empty,
    };
}
