using System.Text.RegularExpressions;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>What steps (exec, request) and their kinds' checks share: regular expressions, saved values, references, own URLs.</summary>
public static partial class ScenarioValidator
{
    internal static void ValidateSave(ScenarioOptions scenario, string name, string source, bool answersJson, string path, List<ScenarioError> errors)
    {
        if (!NamePattern().IsMatch(name) || IsServiceOrMember(scenario, name))
        {
            errors.Add(new(path, $"'{name}' cannot name a saved value", "use lowercase letters, digits and dashes that are not a service's or member's name, e.g. 'peer-before'"));
        }
        else if (source.StartsWith('/') && !answersJson)
        {
            errors.Add(new(path, "a JSON pointer reads a request's answer, and exec has none", "save with a regular expression over the output, e.g. '\"revision\":(\\d+)'"));
        }
        else if (!source.StartsWith('/'))
        {
            ValidateRegex(source, path, errors);
        }
    }

    /// <summary>Each <c>{NAME}</c> must be a service, a member, or a value an earlier step saved.</summary>
    internal static void ValidateReferences(ScenarioOptions scenario, IEnumerable<string> texts, string path, ISet<string> saved, List<ScenarioError> errors)
    {
        foreach (var name in texts.SelectMany(t => ServiceNames.Placeholder().Matches(t)).Select(m => m.Groups[1].Value).Distinct())
        {
            if (!saved.Contains(name) && !IsServiceOrMember(scenario, name))
            {
                var known = saved.Concat(scenario.Services.Keys).Order(StringComparer.Ordinal).ToList();
                errors.Add(new(path, $"'{{{name}}}' is neither a service, a member nor a value an earlier step saved", Names.Suggest(name, known)));
            }
        }
    }

    private static bool IsServiceOrMember(ScenarioOptions scenario, string name) => ServiceOf(scenario, name) is not null;

    internal static bool ReachesOwnService(ScenarioOptions scenario, string url) =>
        UrlHost().Match(url) is { Success: true } host
            ? IsServiceOrMember(scenario, host.Groups[2].Value) && !IsExternal(scenario, host.Groups[2].Value)
            : ExternalBase().Match(url) is { Success: true } external && IsExternal(scenario, external.Groups[1].Value);

    internal static void ValidateRegex(string? pattern, string path, List<ScenarioError> errors)
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

    internal static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // A user and password may come before the host (http://user:pass@{app}/); records and plans mask them.
    [GeneratedRegex(@"^https?://([^/@\s{}]+@)?\{([A-Za-z0-9._-]+)\}(:\d+)?(/|\?|$)")]
    private static partial Regex UrlHost();

    [GeneratedRegex(@"^\{([A-Za-z0-9._-]+)\}(/|\?|$)")]
    private static partial Regex ExternalBase();
}
