using System.Text;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios.Compose;
using ChaosBench.Scenarios.Matrix;
using ChaosBench.Scenarios.Reading;
using ChaosBench.Scenarios.Trust;

namespace ChaosBench.Scenarios;

/// <summary>
/// Reads scenario files strictly: every unknown key, wrong type, bad duration and invalid reference is an error
/// with its file, line, column and a fix, and a file's errors are reported all at once. A scenario's
/// <c>compose:</c> file is read with it, its errors located in it. A file with a <c>matrix:</c> is one scenario
/// per combination of values, each read and validated as if written out.
/// </summary>
/// <remarks>
/// <c>environment</c> answers the variables a Compose file (and the <c>compose:</c> path) refers to; the
/// default is the process environment. Tests hand in a table so that they do not depend on what is set. A variable
/// the Compose file uses unset is empty, as Compose makes it, and listed in <see cref="Scenario.UnsetVariables"/>;
/// with <c>strictVariables</c> (<c>certify</c>, <c>run --strict-env</c>) it is an error instead.
/// A scenario reaches the host only inside its own folder tree (docs/trust.md): a Compose file, <c>.env</c> or
/// <c>env_file</c> outside it is refused before it is read, as are binds and tarballs from outside it, unless
/// <see cref="AllowHost"/> (<c>--allow-host</c>) says otherwise.
/// </remarks>
/// <param name="kinds">The kinds scenarios may name: their faults, expectations, workload and clusters are read and checked as these declare.</param>
public sealed class ScenarioLoader(Vocabulary kinds)
{
    /// <summary>The kinds scenarios may name.</summary>
    public Vocabulary Kinds { get; } = kinds;

    /// <summary>
    /// Lift the rules that keep a scenario's binds, files, tarballs and fault paths inside its own folder tree
    /// (<c>--allow-host</c>, docs/trust.md); capabilities that break isolation stay refused. Default: false.
    /// </summary>
    public bool AllowHost { get; init; }

    /// <summary>Reads, validates and builds the scenario in <paramref name="path"/>, a file without a <c>matrix:</c>.</summary>
    /// <exception cref="ScenarioLoadException">Every problem in the file, sorted by position.</exception>
    /// <exception cref="InvalidOperationException">The file is a matrix of several scenarios: use <see cref="LoadAll"/>.</exception>
    public Scenario Load(string path, Func<string, string?>? environment = null, bool strictVariables = false) => Single(LoadAll(path, environment, strictVariables), path);

    /// <summary>As <see cref="Load"/>, for text that is not in a file; <paramref name="file"/> names it in errors.</summary>
    public Scenario Parse(string yaml, string file, Func<string, string?>? environment = null, bool strictVariables = false) => Single(ParseAll(yaml, file, environment, strictVariables), file);

    /// <summary>Every scenario in <paramref name="path"/>: the one it holds, or one per combination of its <c>matrix:</c>, in order.</summary>
    /// <exception cref="ScenarioLoadException">Every problem of every expansion, sorted by position.</exception>
    public IReadOnlyList<Scenario> LoadAll(string path, Func<string, string?>? environment = null, bool strictVariables = false)
    {
        var folder = ScenarioFolder.Of(path, AllowHost);
        return Build(path, ReadScenario(path, folder), environment, strictVariables, folder);
    }

    /// <summary>As <see cref="LoadAll"/>, for text that is not in a file; <paramref name="file"/> names it in errors.</summary>
    public IReadOnlyList<Scenario> ParseAll(string yaml, string file, Func<string, string?>? environment = null, bool strictVariables = false) =>
        Build(file, Encoding.UTF8.GetBytes(yaml), environment, strictVariables, ScenarioFolder.Of(file, AllowHost));

    /// <summary>Reads <paramref name="path"/> into options without validating them; a <c>matrix:</c> is left unexpanded.</summary>
    /// <exception cref="ScenarioLoadException">The file is not YAML, or has unknown keys or values of the wrong shape.</exception>
    public ScenarioFile LoadOptions(string path, Func<string, string?>? environment = null)
    {
        var context = new ReadContext(path) { Kinds = Kinds };
        var folder = ScenarioFolder.Of(path, AllowHost);
        var bytes = ReadScenario(path, folder) ?? throw Failure(path, [Outside(path, folder)]);
        var file = Text(context, bytes) is { } text ? Read(context, text, null, environment, strict: false, folder) : null;
        return context.Errors.Count > 0 ? throw Failure(context.File, context.Errors) : file!;
    }

    private IReadOnlyList<Scenario> Build(string path, byte[]? bytes, Func<string, string?>? environment, bool strict, ScenarioFolder folder)
    {
        if (bytes is null)
        {
            throw Failure(path, [Outside(path, folder)]);
        }

        // The matrix is read and checked once, on the file as written; then each combination is read on its own.
        var context = new ReadContext(path) { Kinds = Kinds };
        if (Text(context, bytes) is not { } text || SourceText.Parse(context, text, SourceText.Scenario) is not { } root)
        {
            throw Failure(path, context.Errors);
        }

        var parsing = context.Errors.Count;
        var matrix = MatrixReader.Read(context, root);
        if (context.Errors.Count == parsing)
        {
            // A matrix that could not be read would make every use of its variables look unknown.
            MatrixSubstitution.Check(context, root, matrix);
        }

        if (context.Errors.Count > parsing)
        {
            throw Failure(path, context.Errors);
        }

        var expansions = (matrix?.Combinations ?? [new Dictionary<string, string>()]).Select(values => Expand(path, text, values, environment, strict, folder)).ToList();
        var errors = MatrixErrors.Merge(expansions.Select(e => (e.Values, e.Errors)).ToList());
        return errors.Count > 0 ? throw Failure(path, errors) : [.. expansions.Select(e => e.Scenario!)];
    }

    private (IReadOnlyDictionary<string, string> Values, Scenario? Scenario, List<LocatedError> Errors) Expand(
        string path, string text, IReadOnlyDictionary<string, string> values, Func<string, string?>? environment, bool strict, ScenarioFolder folder)
    {
        var context = new ReadContext(path) { Kinds = Kinds };
        var file = Read(context, text, values, environment, strict, folder);
        var errors = context.Errors.ToList();
        if (file is not null && !context.Incomplete)
        {
            // What the reading already reported is left out: a bad duration is not also a missing one.
            errors.AddRange(ScenarioValidator.Validate(file.Options, Kinds, folder.Access).Where(e => !context.Covers(e.Path)).Select(file.Locate));
        }

        var scenario = errors.Count > 0 ? null : Scenario.From(file!.Options, Kinds, path, folder.Access) is var s ? s with { Name = MatrixValues.Name(s.Name, values), Matrix = values, SecretValues = file.SecretValues } : null;
        return (values, scenario, errors);
    }

    private static string? Text(ReadContext context, byte[] bytes)
    {
        if (ComposeFiles.IsComposeFile(context.File))
        {
            context.Errors.Add(new LocatedError(context.File, 1, 1, "this is a Compose file, not a scenario", $"load the scenario that names it with 'compose: {Path.GetFileName(context.File)}'"));
            return null;
        }

        return SourceText.Decode(context, bytes);
    }

    /// <summary>The options of <paramref name="text"/>, with <paramref name="values"/> substituted for <c>${matrix.NAME}</c> when given.</summary>
    private static ScenarioFile? Read(ReadContext context, string text, IReadOnlyDictionary<string, string>? values, Func<string, string?>? environment, bool strict, ScenarioFolder folder)
    {
        if (SourceText.Parse(context, text, SourceText.Scenario) is not { } root)
        {
            return null;
        }

        if (values is not null)
        {
            MatrixSubstitution.Apply(root, values);
        }

        var options = ScenarioReader.Read(context, root);
        var secrets = new SecretFlow(options.Secrets.Concat(options.Services.Values.SelectMany(s => s.SecretEnv)));
        if (options.Compose is null)
        {
            ComposeDurability.Apply(context, root, options, null);
        }
        else if (ComposeImport.Merge(context, root, options, environment ?? Environment.GetEnvironmentVariable, strict, folder, secrets) is { } composed)
        {
            ComposeDurability.Apply(context, root, options, composed);
        }

        return new ScenarioFile(context.File, options, context.Map) { SecretValues = [.. secrets.Values] };
    }

    /// <summary>The scenario file's bytes; null when it is a link leading out of its own folder, which is then not read.</summary>
    private static byte[]? ReadScenario(string path, ScenarioFolder folder) => folder.Outside(path) is null ? SourceText.Read(path) : null;

    private static LocatedError Outside(string path, ScenarioFolder folder)
    {
        var (message, fix) = folder.Refusal("this scenario file,", Path.GetFileName(path), path);
        return new LocatedError(path, 1, 1, message, fix);
    }

    private static Scenario Single(IReadOnlyList<Scenario> scenarios, string path) =>
        scenarios.Count == 1 ? scenarios[0] : throw new InvalidOperationException($"{path} is a matrix of {scenarios.Count} scenarios; load them with {nameof(LoadAll)}");

    /// <summary>The scenario's own errors first, then those of the files it names, each file's by position.</summary>
    private static ScenarioLoadException Failure(string path, IEnumerable<LocatedError> errors) =>
        new(path, errors.Distinct().OrderBy(e => e.File != path).ThenBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList());
}
