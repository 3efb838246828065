using ChaosBench.Model.Options;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// What a kind's validation may use: the scenario, where in it the kind is written, and the checks kinds share
/// (regular expressions, references to saved values and services, URLs). Each problem is reported at a key under
/// <see cref="Path"/>, which the YAML loader turns into file:line:column.
/// </summary>
public sealed class KindCheck
{
    private readonly List<ScenarioError> _errors;

    internal KindCheck(ScenarioOptions scenario, string kind, string path, List<ScenarioError> errors)
    {
        Scenario = scenario;
        Kind = kind;
        Path = path;
        _errors = errors;
    }

    public ScenarioOptions Scenario { get; }

    /// <summary>The kind's name.</summary>
    public string Kind { get; }

    /// <summary>Where the kind is written: <c>faults[1].kill</c>, <c>expect[0].log</c>, <c>workload</c>.</summary>
    public string Path { get; }

    /// <summary>The service or group a fault hits or a workload targets; null when unknown (its error is reported already) or none.</summary>
    public string? Service { get; init; }

    /// <summary>The names steps saved so far (for an expectation: every step's), which <c>{NAME}</c> may use.</summary>
    public ISet<string> Saved { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Reports a problem at <paramref name="key"/> (a dotted path under the kind), or at the kind itself when null.</summary>
    public void Error(string? key, string message, string? fix = null) => _errors.Add(new(key is null ? Path : $"{Path}.{key}", message, fix));

    /// <summary>A regular expression a step or a <c>when-log</c> matches with.</summary>
    public void Regex(string? pattern, string key) => ScenarioValidator.ValidateRegex(pattern, $"{Path}.{key}", _errors);

    /// <summary>A regular expression matched against log lines: the message says which characters to escape.</summary>
    public void LinePattern(string? pattern, string key)
    {
        if (pattern is not null && !ScenarioValidator.IsRegex(pattern))
        {
            Error(key, $"'{pattern}' is not a valid regular expression", "escape special characters such as ( [ . * with a backslash");
        }
    }

    /// <summary>Each <c>{NAME}</c> in <paramref name="texts"/> must be a service, a member, or a value an earlier step saved.</summary>
    public void References(IEnumerable<string> texts, string key) => ScenarioValidator.ValidateReferences(Scenario, texts, $"{Path}.{key}", Saved, _errors);

    /// <summary>A step's <c>save:</c>: each name and where its value comes from; the names join <see cref="Saved"/>.</summary>
    /// <param name="answersJson">The step's answer is JSON (a request), so a JSON pointer may find a value in it.</param>
    public void Saves(IReadOnlyDictionary<string, string> save, bool answersJson)
    {
        foreach (var (name, source) in save)
        {
            ScenarioValidator.ValidateSave(Scenario, name, source, answersJson, $"{Path}.save.{name}", _errors);
            Saved.Add(name);
        }
    }

    /// <summary>A service or group of the scenario is named <paramref name="service"/>; reported at <paramref name="key"/> when not.</summary>
    public void ServiceExists(string? service, string key)
    {
        if (service is not null && !Scenario.Services.ContainsKey(service) && !Scenario.Groups.ContainsKey(service))
        {
            Error(key, $"no service{(Scenario.Groups.Count > 0 ? " or group" : string.Empty)} '{service}'", Names.Suggest(service, [.. Scenario.Services.Keys, .. Scenario.Groups.Keys]));
        }
    }

    /// <summary>The service (or group) <paramref name="name"/> names or is a member of; null when it is unknown.</summary>
    public string? ServiceOf(string name) => ScenarioValidator.ServiceOf(Scenario, name);

    /// <summary>Whether <paramref name="service"/> is a service the harness does not run (<c>external:</c>).</summary>
    public bool IsExternal(string? service) => ScenarioValidator.IsExternal(Scenario, service);

    /// <summary>A URL asked after the faults (http-status): its host a service's placeholder, or an external service's base.</summary>
    public void HttpUrl(string url, string key) => ScenarioValidator.ValidateHttpUrl(Scenario, url, $"{Path}.{key}", _errors);

    /// <summary>Whether a step's URL reaches a service this run started, or an external one, and nothing else.</summary>
    public bool ReachesOwnService(string url) => ScenarioValidator.ReachesOwnService(Scenario, url);

    /// <summary>Required options that are not given, each reported with the kind's message and an example.</summary>
    /// <param name="shorthand">The key a scalar value fills (<c>recovers-within: 10s</c>), whose fix shows that form.</param>
    internal void Required(object options, string? shorthand)
    {
        foreach (var field in OptionsShape.Of(options.GetType()).Fields.Where(f => f.IsRequired && !f.IsGiven(options)))
        {
            var message = field.RequiredMessage is { } written ? string.Format(System.Globalization.CultureInfo.InvariantCulture, written, Kind) : $"{Kind} needs '{field.Key}'";
            if (field.Key == shorthand)
            {
                Error(null, message, $"write e.g. '- {Kind}: {field.Example}'");
            }
            else
            {
                Error(field.Key, message, $"add e.g. {field.Written}");
            }
        }
    }

    /// <summary>
    /// The options when they are of the kind's options class. Options of another class (a C# caller handed another
    /// kind's) are reported key by key, each key set that the kind does not take, and the entry is not checked further.
    /// </summary>
    /// <param name="takes">The kind's keys.</param>
    /// <param name="fix">The fix for a key the kind does not take.</param>
    internal static object? OptionsOf(string kind, Type type, object? options, IReadOnlyList<string> takes, Func<string, string> fix, string path, List<ScenarioError> errors)
    {
        if (options?.GetType() == type)
        {
            return options;
        }

        var shape = options is null ? null : OptionsShape.Of(options.GetType());
        var defaults = shape?.Create();
        var foreign = shape?.Fields.Where(f => !f.Type.Same(f.Get(options!), f.Get(defaults!)) && !takes.Contains(f.Key)).Select(f => f.Key).ToList() ?? [];
        foreach (var key in foreign)
        {
            errors.Add(new($"{path}.{key}", $"{kind} takes no '{key}'", fix(key)));
        }

        if (foreign.Count == 0)
        {
            errors.Add(new(path, $"{kind} takes its options as {type.Name}, not {options?.GetType().Name ?? "none"}", $"pass a {type.Name}"));
        }

        return null;
    }
}
