using System.Text.RegularExpressions;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>Steps (exec, request) and the step-like parameters of faults: when-log, start with args.</summary>
public static partial class ScenarioValidator
{
    private static readonly string[] RequestMethods = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"];

    /// <summary><paramref name="saved"/> holds the names earlier steps keep; this step's are added to it.</summary>
    private static void ValidateStep(ScenarioOptions scenario, FaultOptions fault, string kind, string path, HashSet<string> saved, List<ScenarioError> errors)
    {
        ValidateRegex(fault.WhenLog, $"{path}.when-log", errors);
        ValidateRegex(fault.Match, $"{path}.match", errors);
        if (fault.Within is { } within && within <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.within", "'within' must be positive"));
        }

        if (kind == FaultKinds.Exec)
        {
            if (fault.Command is not { Count: > 0 } command)
            {
                errors.Add(new($"{path}.command", "exec needs a 'command' to run in the member", "add e.g. 'command: [etcdctl, member, list]'"));
            }
            else
            {
                ValidateReferences(scenario, command, $"{path}.command", saved, errors);
                ValidateReferences(scenario, [fault.Match ?? string.Empty], $"{path}.match", saved, errors);
            }

            if (fault.Exit is { } exit && exit != "any" && !int.TryParse(exit, out _))
            {
                errors.Add(new($"{path}.exit", $"exit '{exit}' is not an exit code", "write a number, e.g. 'exit: 0', or 'exit: any' to only record it"));
            }
        }

        if (kind == FaultKinds.Request)
        {
            ValidateRequest(scenario, fault, path, saved, errors);
        }

        foreach (var (name, source) in fault.Save)
        {
            ValidateSave(scenario, name, source, kind, $"{path}.save.{name}", errors);
            saved.Add(name);
        }
    }

    private static void ValidateRequest(ScenarioOptions scenario, FaultOptions fault, string path, HashSet<string> saved, List<ScenarioError> errors)
    {
        if (fault.Target is not null)
        {
            errors.Add(new($"{path}.target", "a request takes no 'target': its url names the service", "write the service in the url, e.g. 'url: \"http://{qdrant}:6333/collections\"'"));
        }

        if (fault.Url is not { } url)
        {
            errors.Add(new($"{path}.url", "a request needs a 'url'", "add e.g. 'url: \"http://{qdrant}:6333/readyz\"'"));
        }
        else if (!ReachesOwnService(scenario, url))
        {
            // Requests only ever reach what this run started, or a deployment the scenario names as external.
            errors.Add(new($"{path}.url", $"'{url}' does not name a service of this scenario as its host", "write its host as {SERVICE} or {MEMBER}, e.g. 'http://{qdrant}:6333/collections', or start it with an external service: '{longhorn}/v1/backingimages'"));
        }
        else
        {
            ValidateReferences(scenario, [url, fault.Body ?? string.Empty, fault.Match ?? string.Empty, .. fault.Headers.Values], $"{path}.url", saved, errors);
        }

        if (fault.Method is { } method && !RequestMethods.Contains(method))
        {
            errors.Add(new($"{path}.method", $"unknown method '{method}'", $"use one of {string.Join(", ", RequestMethods)}"));
        }

        foreach (var status in fault.Status.Where(s => s is < 100 or > 599))
        {
            errors.Add(new($"{path}.status", $"{status} is not an HTTP status", "use codes from 100 to 599, e.g. [200, 201]"));
        }
    }

    private static void ValidateSave(ScenarioOptions scenario, string name, string source, string kind, string path, List<ScenarioError> errors)
    {
        if (!NamePattern().IsMatch(name) || IsServiceOrMember(scenario, name))
        {
            errors.Add(new(path, $"'{name}' cannot name a saved value", "use lowercase letters, digits and dashes that are not a service's or member's name, e.g. 'peer-before'"));
        }
        else if (source.StartsWith('/') && kind != FaultKinds.Request)
        {
            errors.Add(new(path, "a JSON pointer reads a request's answer, and exec has none", "save with a regular expression over the output, e.g. '\"revision\":(\\d+)'"));
        }
        else if (!source.StartsWith('/'))
        {
            ValidateRegex(source, path, errors);
        }
    }

    /// <summary>Each <c>{NAME}</c> must be a service, a member, or a value an earlier step saved.</summary>
    private static void ValidateReferences(ScenarioOptions scenario, IEnumerable<string> texts, string path, HashSet<string> saved, List<ScenarioError> errors)
    {
        foreach (var name in texts.SelectMany(t => Reference().Matches(t)).Select(m => m.Groups[1].Value).Distinct())
        {
            if (!saved.Contains(name) && !IsServiceOrMember(scenario, name))
            {
                var known = saved.Concat(scenario.Services.Keys).Order(StringComparer.Ordinal).ToList();
                errors.Add(new(path, $"'{{{name}}}' is neither a service, a member nor a value an earlier step saved", Names.Suggest(name, known)));
            }
        }
    }

    private static bool IsServiceOrMember(ScenarioOptions scenario, string name) => ServiceOf(scenario, name) is not null;

    private static bool ReachesOwnService(ScenarioOptions scenario, string url) =>
        UrlHost().Match(url) is { Success: true } host
            ? IsServiceOrMember(scenario, host.Groups[1].Value) && !IsExternal(scenario, host.Groups[1].Value)
            : ExternalBase().Match(url) is { Success: true } external && IsExternal(scenario, external.Groups[1].Value);

    private static void ValidateRegex(string? pattern, string path, List<ScenarioError> errors)
    {
        try
        {
            _ = pattern is null ? null : new Regex(pattern);
        }
        catch (ArgumentException e)
        {
            errors.Add(new(path, $"'{pattern}' is not a regular expression: {e.Message}", "escape special characters with a backslash"));
        }
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^https?://\{([a-z0-9][a-z0-9-]*)\}(:\d+)?(/|\?|$)")]
    private static partial Regex UrlHost();

    [GeneratedRegex(@"^\{([a-z0-9][a-z0-9-]*)\}(/|\?|$)")]
    private static partial Regex ExternalBase();
}
