using ChaosBench.Hosting.Extensions;
using ChaosBench.Model;
using ChaosBench.Scenarios;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace ChaosBench.NUnit;

/// <summary>
/// The test cases of a scenario file or folder: one per scenario, named after it, with the loaded
/// <see cref="Scenario"/> as its only argument. A <c>chaosbench.json</c> beside the scenarios (or above them)
/// names extension assemblies of kinds they use (<see cref="KindExtensions"/>). Serves <see cref="ChaosScenariosAttribute"/> and, for those who
/// prefer it, <c>[TestCaseSource(typeof(ScenarioCases), nameof(ScenarioCases.From), new object[] { "scenarios/etcd" })]</c>.
/// </summary>
public static class ScenarioCases
{
    /// <summary>
    /// One case per scenario file under <paramref name="path"/> (Compose files left out), in name order. A file that
    /// does not load, or a path that does not exist, becomes a case that cannot run and says why.
    /// </summary>
    /// <param name="path">Absolute, or relative to the working directory, the test assembly's folder, or any folder above them.</param>
    public static IEnumerable<TestCaseData> From(string path)
    {
        if (Resolve(path) is not { } found)
        {
            return [NotRunnable(path, $"no file or folder '{path}' in {Environment.CurrentDirectory}, {AppContext.BaseDirectory} or any folder above them; fix: give the path from the test project or the repository root, or an absolute one")];
        }

        var files = ScenarioFiles.Of(found);
        return files.Count == 0 ? [NotRunnable(path, ScenarioFiles.Missing(found))] : files.Select(Case).ToList();
    }

    /// <summary>The first of the candidate places <paramref name="path"/> exists in; null when in none.</summary>
    internal static string? Resolve(string path)
    {
        if (System.IO.Path.IsPathRooted(path))
        {
            return Exists(path) ? path : null;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, path);
                if (Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static TestCaseData Case(string file)
    {
        Scenario scenario;
        try
        {
            scenario = new ScenarioLoader(KindExtensions.For(file, [])).Load(file);
        }
        catch (Exception e) when (e is ScenarioLoadException or ExtensionException)
        {
            return NotRunnable(System.IO.Path.GetFileNameWithoutExtension(file), e.Message);
        }

        var data = new TestCaseData(scenario).SetName(scenario.Name);
        return scenario.Description is { Length: > 0 } description ? data.SetDescription(description.Trim()) : data;
    }

    /// <summary>A case NUnit lists but does not run, with the reason in its result; the null argument keeps the method's signature satisfied.</summary>
    private static TestCaseData NotRunnable(string name, string reason)
    {
        var data = new TestCaseData(new object?[] { null }).SetName(name);
        data.RunState = RunState.NotRunnable;
        data.Properties.Set(PropertyNames.SkipReason, reason);
        return data;
    }
}
