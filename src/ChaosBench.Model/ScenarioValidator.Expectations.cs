using System.Text.RegularExpressions;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>Expectations: known kinds, their parameters, and what each needs from the rest of the scenario.</summary>
public static partial class ScenarioValidator
{
    private static readonly HashSet<string> JudgeHistory = [ExpectationKinds.NoLostWrites, ExpectationKinds.RecoversWithin, ExpectationKinds.Availability, ExpectationKinds.Linearizable];

    private static void ValidateExpectations(ScenarioOptions scenario, List<ScenarioError> errors)
    {
        for (var i = 0; i < scenario.Expect.Count; i++)
        {
            var expectation = scenario.Expect[i];
            var path = $"expect[{i}]";
            if (expectation.Kind is not { } kind || !ExpectationKinds.All.Contains(kind))
            {
                errors.Add(new(path, $"unknown expectation '{expectation.Kind}'", Names.Suggest(expectation.Kind ?? string.Empty, [.. ExpectationKinds.All])));
                continue;
            }

            path = $"{path}.{kind}";
            if (kind == ExpectationKinds.RecoversWithin && expectation.Within is null)
            {
                errors.Add(new(path, "recovers-within needs a time", "write e.g. '- recovers-within: 10s'"));
            }
            else if (expectation.Within is { } w && w <= TimeSpan.Zero)
            {
                errors.Add(new(kind == ExpectationKinds.RecoversWithin ? path : $"{path}.within", $"{(kind == ExpectationKinds.RecoversWithin ? kind : "within")} must be positive"));
            }

            if (JudgeHistory.Contains(kind) && scenario.Workload is null)
            {
                errors.Add(new(path, $"{kind} judges the workload's history, and there is no workload", "add a 'workload:' section"));
            }

            ValidateParameters(scenario, expectation, kind, path, errors);
        }
    }

    private static void ValidateParameters(ScenarioOptions scenario, ExpectationOptions e, string kind, string path, List<ScenarioError> errors)
    {
        var given = new Dictionary<string, bool>
        {
            ["service"] = e.Service is not null, ["pattern"] = e.Pattern is not null, ["url"] = e.Url is not null,
            ["is"] = e.Is is not null, ["max-error-rate"] = e.MaxErrorRate is not null, ["headers"] = e.Headers.Count > 0,
        };
        foreach (var required in ExpectationKinds.RequiredOf(kind).Where(r => !given.GetValueOrDefault(r)))
        {
            errors.Add(new($"{path}.{required}", $"{kind} needs '{required}'", $"add e.g. {Example(required)}"));
        }

        if (e.Service is { } service && !scenario.Services.ContainsKey(service) && !scenario.Groups.ContainsKey(service))
        {
            errors.Add(new($"{path}.service", $"no service{(scenario.Groups.Count > 0 ? " or group" : string.Empty)} '{service}'", Names.Suggest(service, [.. scenario.Services.Keys, .. scenario.Groups.Keys])));
        }

        foreach (var (name, pattern) in new[] { ("pattern", e.Pattern), ("log", e.Log) })
        {
            if (pattern is not null && !IsRegex(pattern))
            {
                errors.Add(new($"{path}.{name}", $"'{pattern}' is not a valid regular expression", "escape special characters such as ( [ . * with a backslash"));
            }
        }

        if ((e.AtMost is < 0) || (e.AtLeast is < 0) || (e.Absent && (e.AtMost is not null || e.AtLeast is not null)))
        {
            errors.Add(new($"{path}.{(e.AtMost is < 0 ? "at-most" : e.AtLeast is < 0 ? "at-least" : "absent")}", "log takes 'absent', or 'at-most' and/or 'at-least' of 0 or more", "keep one way of counting"));
        }

        if (e.Is is { } status && status is < 100 or > 599)
        {
            errors.Add(new($"{path}.is", $"{status} is not an HTTP status code", "write e.g. 'is: 200'"));
        }

        if (e.Never.Where(c => c is < 100 or > 599).Select(c => (int?)c).FirstOrDefault() is { } never)
        {
            errors.Add(new($"{path}.never", $"{never} is not an HTTP status code", "write e.g. 'never: [500, 502, 503]'"));
        }

        if (e.Url is { } url)
        {
            ValidateHttpUrl(scenario, url, $"{path}.url", errors);
        }

        if (e.MaxErrorRate is { } rate && rate is < 0 or > 1)
        {
            errors.Add(new($"{path}.max-error-rate", $"max-error-rate is a share from 0 to 1, not {rate}", "write e.g. 'max-error-rate: 0.5'"));
        }

        if (e.After is { } after && after <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.after", "after must be positive", "write e.g. 'after: 20s', or leave it out to count every line"));
        }

        if (e.Per is { } per && per <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.per", "per must be positive", "write e.g. 'per: 1s'"));
        }

        // The reader offers loss-window under no-lost-writes only; the C# builder can set it on any kind.
        if (e.LossWindow is not null && kind != ExpectationKinds.NoLostWrites)
        {
            errors.Add(new($"{path}.loss-window", $"{kind} takes no 'loss-window'", $"loss-window belongs to {ExpectationKinds.NoLostWrites}"));
        }
        else if (e.LossWindow is { } window && window <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.loss-window", "loss-window must be positive", "write e.g. 'loss-window: 1s', or leave it out to allow no loss at all"));
        }

        if (e.Budget is not null && kind != ExpectationKinds.Linearizable)
        {
            errors.Add(new($"{path}.budget", $"{kind} takes no 'budget'", $"budget belongs to {ExpectationKinds.Linearizable}"));
        }
        else if (e.Budget is { } budget && budget <= TimeSpan.Zero)
        {
            errors.Add(new($"{path}.budget", "budget must be positive", "write e.g. 'budget: 30s', or leave it out for 30s"));
        }
    }

    private static string Example(string parameter) => parameter switch
    {
        "service" => "'service: etcd'",
        "pattern" => "'pattern: \"ready to serve\"'",
        "url" => "'url: \"http://{web}:8080/health\"'",
        "is" => "'is: 200'",
        _ => "'max-error-rate: 0.5'",
    };

    private static bool IsRegex(string pattern)
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
}
