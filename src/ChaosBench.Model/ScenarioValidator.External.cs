using System.Text.RegularExpressions;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>
/// External services: deployments the harness does not run. Only HTTP reaches them, so anything that needs their
/// containers (a fault, a log, a readiness probe, a refusal to start) is an error naming the service.
/// </summary>
public static partial class ScenarioValidator
{
    /// <summary>What the harness can do to an external service, for the messages that refuse anything else.</summary>
    public const string ExternalReach = "ChaosBench does not run its containers; only HTTP (workload http-kv, request steps, http-status) reaches it";

    /// <summary>Whether <paramref name="name"/> is a service of the scenario that the harness does not run (<c>external:</c>).</summary>
    public static bool IsExternal(ScenarioOptions scenario, string? name) =>
        name is not null && scenario.Services.TryGetValue(name, out var service) && service.External is not null;

    private static void ValidateExternalService(string path, string name, ServiceOptions service, List<ScenarioError> errors)
    {
        var given = new (string Key, bool Given, string Why)[]
        {
            ("image", service.Image is not null, "it has no image to start"),
            ("replicas", service.Replicas != 1, "its deployment decides its members"),
            ("cluster", service.Cluster is not null, "its deployment decides its members"),
            ("command", service.Command is not null, "nothing here starts it"),
            ("args", service.Args.Count > 0, "nothing here starts it"),
            ("env", service.Env.Count > 0, "nothing here starts it"),
            ("volumes", service.Volumes.Count > 0, "its data lives in its deployment"),
            ("ready", service.Ready is not null, "nothing here starts it; the workload's steady-state check finds out whether it answers"),
        };
        foreach (var (key, _, why) in given.Where(g => g.Given))
        {
            errors.Add(new($"{path}.{key}", $"external service '{name}' takes no '{key}': ChaosBench does not run it, so {why}", $"remove '{key}', or remove 'external' to run an image here"));
        }

        var urlPath = $"{path}.external.url";
        if (service.External!.Url is not { } url)
        {
            errors.Add(new(urlPath, "an external service needs a 'url'", "add e.g. 'url: \"${LONGHORN_URL}\"' and set LONGHORN_URL when running"));
        }
        else if (Interpolation.Problem(url) is { } problem)
        {
            errors.Add(new(urlPath, $"url: {problem}", "write e.g. 'url: \"${LONGHORN_URL}\"' or 'url: \"${LONGHORN_URL:-http://127.0.0.1:9500}\"'"));
        }
        else if (Interpolation.Variables(url).Count == 0 && !IsHttpUrl(url))
        {
            errors.Add(new(urlPath, $"'{url}' is not an http:// or https:// URL", "write the deployment's base URL, e.g. 'https://longhorn.staging.example', or take it from the environment: '${LONGHORN_URL}'"));
        }
    }

    /// <summary>
    /// Everything aimed at an external service that needs its containers. Run after the timeline, whose follow-on
    /// errors about such a fault (nothing stopped to start, no power-loss volume, no leader to pick) it replaces.
    /// </summary>
    private static void ValidateExternalTargets(ScenarioOptions scenario, Vocabulary kinds, List<ScenarioError> errors)
    {
        if (!scenario.Services.Values.Any(s => s.External is not null))
        {
            return;
        }

        foreach (var (i, fault, service) in ServicesHit(scenario, kinds))
        {
            if (IsExternal(scenario, service))
            {
                var path = $"faults[{i}].{fault.Kind}";
                errors.RemoveAll(e => e.Path == path || e.Path == $"{path}.pick");
                errors.Add(new($"{path}.target", $"{fault.Kind} cannot target external service '{service}': {ExternalReach}", "aim it at a service this scenario runs, or remove it"));
            }
        }

        if (scenario.Workload is { Target: { } workloadTarget } && IsExternal(scenario, workloadTarget) && kinds.Workloads.Find(scenario.Workload.Kind) is { ReachesExternal: false } workloadKind)
        {
            errors.Add(new("workload.kind", $"{workloadKind.Name} cannot target external service '{workloadTarget}': {ExternalReach}", $"use 'kind: {kinds.Workloads.FirstOrDefault(w => w.ReachesExternal)?.Name}' with the deployment's REST API"));
        }
    }

    /// <summary>
    /// An http-status URL: <c>http://{web}:8080/health</c> for a service the harness runs (plain HTTP on the run's
    /// network), or <c>{longhorn}/v1/...</c> for an external one, whose placeholder stands for its whole base URL,
    /// https:// included, and so must begin the URL.
    /// </summary>
    internal static void ValidateHttpUrl(ScenarioOptions scenario, string url, string path, List<ScenarioError> errors)
    {
        // Expectations are asked after the timeline, so a value any step saved may be part of the URL.
        var saved = scenario.Faults.SelectMany(f => f.Options is IStepOptions step ? step.Save.Keys : Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
        var names = ServiceNames.Placeholder().Matches(url).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (names.FirstOrDefault(n => scenario.Services.Count > 0 && ServiceOf(scenario, n) is null && !saved.Contains(n)) is { } unknown)
        {
            errors.Add(new(path, $"'{{{unknown}}}' in the url is neither a service or member of this scenario nor a value a step saved", Names.Suggest(unknown, [.. scenario.Services.Keys, .. saved])));
            return;
        }

        var external = names.FirstOrDefault(n => IsExternal(scenario, n));
        if (external is not null && !url.StartsWith($"{{{external}}}", StringComparison.Ordinal))
        {
            errors.Add(new(path, $"'{{{external}}}' stands for the whole base URL of external service '{external}', so it must begin the url", $"write e.g. 'url: \"{{{external}}}/health\"'"));
        }
        else if (external is null && !url.StartsWith("http://", StringComparison.Ordinal))
        {
            errors.Add(new(path, $"'{url}' is not an http:// URL", "write e.g. 'url: \"http://{web}:8080/health\"' where {web} is a service"));
        }
    }

    private static bool IsHttpUrl(string url) =>
        url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal);
}
