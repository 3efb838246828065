using System.CommandLine;
using ChaosBench.Cli.Styling;
using ChaosBench.Hosting.Extensions;
using ChaosBench.Scenarios;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench lint PATH...</c>: checks scenario files without an engine, reporting every error of every file.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Scenario files, or folders searched recursively for *.yaml and *.yml.", Arity = ArgumentArity.OneOrMore };
        var allowHost = AllowHostOption.Create();
        var lint = new Command("lint", "Check scenario files without running them: each error as FILE:LINE:COLUMN: message; fix: ...") { paths, allowHost };
        lint.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(paths) ?? [], Console.Out, Console.Error, parse.GetValue(allowHost))));
        return lint;
    }

    /// <summary>Prints <c>ok  FILE</c> per valid file to <paramref name="stdout"/> and every error to <paramref name="stderr"/>.</summary>
    /// <param name="allowHost">Check them as <c>run --allow-host</c> would load them.</param>
    internal static int Run(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr, bool allowHost = false)
    {
        var valid = true;
        foreach (var path in paths)
        {
            var files = ScenarioFiles.Of(path);
            if (files.Count == 0)
            {
                Error(stderr, ScenarioFiles.Missing(path));
                valid = false;
            }

            foreach (var file in files)
            {
                valid &= Lint(file, stdout, stderr, allowHost);
            }
        }

        return valid ? ExitCodes.Passed : ExitCodes.Invalid;
    }

    private static bool Lint(string file, TextWriter stdout, TextWriter stderr, bool allowHost)
    {
        try
        {
            var scenarios = Vocabularies.LoaderFor(file, allowHost).LoadAll(file);
            stdout.WriteLine(scenarios is [{ Matrix.Count: 0 }] ? $"ok  {file}" : $"ok  {file} ({scenarios.Count} runs: {string.Join(", ", scenarios.Select(s => s.Name))})");

            // Compose reads these as empty too, and warns: so does lint; plan lists them with the overrides.
            foreach (var unset in scenarios.SelectMany(s => s.UnsetVariables).Distinct(StringComparer.Ordinal))
            {
                stdout.WriteLine($"    warning: {unset}");
            }

            return true;
        }
        catch (ScenarioLoadException e)
        {
            foreach (var error in e.Errors)
            {
                Error(stderr, error.ToString());
            }
        }
        catch (ExtensionException e)
        {
            Error(stderr, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(stderr, $"{file}: cannot read it: {e.Message}; fix: check that it is a file you may read");
        }

        return false;
    }

    private static void Error(TextWriter stderr, string line) => ConsoleStyle.WriteLine(stderr, ConsoleStyle.For(stderr), line, ConsoleStyle.Error(line));
}
