using ChaosBench.Hosting.Extensions;
using ChaosBench.Model;
using ChaosBench.Scenarios;

namespace ChaosBench.Cli;

/// <summary>Loads every scenario named on the command line; prints every error of every file, so one run shows them all.</summary>
internal static class ScenarioArguments
{
    /// <summary>The scenario files the paths name; <paramref name="valid"/> is false when a path names none (said already).</summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths, out bool valid)
    {
        var files = new List<string>();
        valid = true;
        foreach (var path in paths)
        {
            var found = ScenarioFiles.Of(path);
            if (found.Count == 0)
            {
                Console.Error.WriteLine(ScenarioFiles.Missing(path));
                valid = false;
            }

            files.AddRange(found);
        }

        return files;
    }

    /// <summary>The scenarios, a matrix file's expansions each, or null when any file is invalid (its errors already printed).</summary>
    /// <param name="strictVariables">A Compose file's unset variable is an error, not empty (certify, run --strict-env).</param>
    /// <param name="allowHost">Load them as <c>--allow-host</c> says (docs/trust.md).</param>
    public static IReadOnlyList<Scenario>? Load(IEnumerable<string> files, bool strictVariables = false, bool allowHost = false)
    {
        var scenarios = new List<Scenario>();
        var valid = true;
        foreach (var file in files)
        {
            try
            {
                scenarios.AddRange(Vocabularies.LoaderFor(file, allowHost).LoadAll(file, strictVariables: strictVariables));
            }
            catch (ScenarioLoadException e)
            {
                valid = false;
                foreach (var error in e.Errors)
                {
                    Console.Error.WriteLine(error);
                }
            }
            catch (ExtensionException e)
            {
                valid = false;
                Console.Error.WriteLine(e.Message);
            }
        }

        return valid ? scenarios : null;
    }
}
