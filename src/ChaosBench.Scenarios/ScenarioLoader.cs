using System.Text;
using ChaosBench.Model;
using ChaosBench.Scenarios.Compose;
using ChaosBench.Scenarios.Reading;

namespace ChaosBench.Scenarios;

/// <summary>
/// Reads scenario files strictly: every unknown key, wrong type, bad duration and invalid reference is an error
/// with its file, line, column and a fix, and a file's errors are reported all at once. A scenario's
/// <c>compose:</c> file is read with it, its errors located in it.
/// </summary>
/// <remarks>
/// <c>environment</c> answers the variables a Compose file (and the <c>compose:</c> path) refers to; the
/// default is the process environment. Tests hand in a table so that they do not depend on what is set.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>Reads, validates and builds the scenario in <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioLoadException">Every problem in the file, sorted by position.</exception>
    public static Scenario Load(string path, Func<string, string?>? environment = null) => Build(path, SourceText.Read(path), environment);

    /// <summary>As <see cref="Load"/>, for text that is not in a file; <paramref name="file"/> names it in errors.</summary>
    public static Scenario Parse(string yaml, string file, Func<string, string?>? environment = null) => Build(file, Encoding.UTF8.GetBytes(yaml), environment);

    /// <summary>Reads <paramref name="path"/> into options without validating them.</summary>
    /// <exception cref="ScenarioLoadException">The file is not YAML, or has unknown keys or values of the wrong shape.</exception>
    public static ScenarioFile LoadOptions(string path, Func<string, string?>? environment = null)
    {
        var (context, file) = Read(path, SourceText.Read(path), environment);
        return context.Errors.Count > 0 ? throw Failure(context.File, context.Errors) : file!;
    }

    private static Scenario Build(string path, byte[] bytes, Func<string, string?>? environment)
    {
        var (context, file) = Read(path, bytes, environment);
        var errors = context.Errors.ToList();
        if (file is not null && !context.Incomplete)
        {
            // What the reading already reported is left out: a bad duration is not also a missing one.
            errors.AddRange(ScenarioValidator.Validate(file.Options).Where(e => !context.Covers(e.Path)).Select(file.Locate));
        }

        return errors.Count > 0 ? throw Failure(path, errors) : Scenario.From(file!.Options, path);
    }

    private static (ReadContext Context, ScenarioFile? File) Read(string path, byte[] bytes, Func<string, string?>? environment)
    {
        var context = new ReadContext(path);
        if (ComposeFiles.IsComposeFile(path))
        {
            context.Errors.Add(new LocatedError(path, 1, 1, "this is a Compose file, not a scenario", $"load the scenario that names it with 'compose: {Path.GetFileName(path)}'"));
            return (context, null);
        }

        if (SourceText.Decode(context, bytes) is not { } text || SourceText.Parse(context, text, SourceText.Scenario) is not { } root)
        {
            return (context, null);
        }

        var options = ScenarioReader.Read(context, root);
        if (options.Compose is not null)
        {
            ComposeImport.Merge(context, root, options, environment ?? Environment.GetEnvironmentVariable);
        }

        return (context, new ScenarioFile(path, options, context.Map));
    }

    /// <summary>The scenario's own errors first, then those of the files it names, each file's by position.</summary>
    private static ScenarioLoadException Failure(string path, IEnumerable<LocatedError> errors) =>
        new(path, errors.Distinct().OrderBy(e => e.File != path).ThenBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList());
}
