using System.Globalization;
using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>A duration as scenarios write it (<see cref="Durations"/>): <c>500ms</c>, <c>5s</c>, <c>1m30s</c>.</summary>
public sealed class DurationType : ScalarType
{
    public static DurationType Instance { get; } = new();

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        var (message, fix) = text switch
        {
            _ when double.TryParse(text, CultureInfo.InvariantCulture, out _) => ($"'{text}' has no unit", $"write e.g. '{text}s' (or {text}ms, {text}m)"),
            ['-', .. var rest] when Durations.TryParse(rest, out _) => ($"'{text}' is negative", $"write a positive duration, e.g. '{rest}'"),
            _ => ($"'{text}' is not a duration", "write e.g. 500ms, 5s, 1.5s, 2m or 1m30s"),
        };
        problem = new($"{key}: {message}", fix);
        return null;
    }

    public override JsonObject Schema() => new() { ["$ref"] = "#/$defs/duration" };
}
