using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>Member placeholders (<see cref="MemberPlaceholders"/>) in a service's command, args, env values and readiness probe.</summary>
public static partial class ScenarioValidator
{
    private static void ValidatePlaceholders(string path, ServiceOptions service, List<ScenarioError> errors)
    {
        var texts = Words($"{path}.command", service.Command)
            .Concat(Words($"{path}.args", service.Args))
            .Concat(service.Env.Select(e => ($"{path}.env.{e.Key}", e.Value, PlaceholderContext.Text)))
            .Concat(Words($"{path}.ready.exec", service.Ready?.Exec));
        if (service.Ready?.Http is { } http)
        {
            texts = texts.Append(($"{path}.ready.http", http, PlaceholderContext.Url));
        }

        if (service.Ready?.Log is { } log)
        {
            texts = texts.Append(($"{path}.ready.log", log, PlaceholderContext.Pattern));
        }

        foreach (var (at, text, context) in texts)
        {
            // One error per value: the first problem; a value with several typos is fixed one lint at a time.
            if (MemberPlaceholders.Problems(text, context) is [var (message, fix), ..])
            {
                errors.Add(new(at, message, fix));
            }
        }
    }

    private static IEnumerable<(string Path, string Text, PlaceholderContext Context)> Words(string path, IReadOnlyList<string>? words) =>
        (words ?? []).Select((w, i) => ($"{path}[{i}]", w, PlaceholderContext.Text));
}
