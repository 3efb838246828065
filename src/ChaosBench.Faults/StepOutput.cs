using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Faults;

/// <summary>What exec and request steps share: checking the output against <c>match</c>, keeping <c>save</c> values, and a short excerpt for the record.</summary>
internal static class StepOutput
{
    private const int ExcerptLength = 400;

    /// <summary>Null when the output matches (or no match is asked), else why not.</summary>
    /// <remarks>Saved values in the pattern (<c>^{checksum}$</c>) are inserted as written, to compare two answers.</remarks>
    public static string? Mismatch(FaultContext context, IStepOptions step, string output) =>
        step.Match is { } written && context.Expand(written) is var pattern && !Regex.IsMatch(output, pattern, RegexOptions.None, TimeSpan.FromSeconds(1))
            ? $"the output does not match /{pattern}/"
            : null;

    /// <summary>Keeps each <c>save</c> value in the context; a value not found fails the step.</summary>
    public static string Save(FaultContext context, IStepOptions step, string name, string output)
    {
        var kept = new List<string>();
        foreach (var (key, source) in step.Save)
        {
            var value = (source.StartsWith('/') ? JsonPointer.Find(Parse(output), source) : Group(source, output))
                ?? throw new StepFailedException(name, $"save {key}: {source} finds nothing in: {Excerpt(context, output)}");
            context.Saved[key] = value;

            // Known as secret from here on: the record, reports and console redact it wherever it appears later.
            context.Secrets.AddNamed(key, value);
            kept.Add($"{key}={(context.Secrets.IsSecretName(key) ? Redactor.Marker : value)}");
        }

        return kept.Count == 0 ? string.Empty : $"; saved {string.Join(", ", kept)}";
    }

    /// <summary>The output on one line, secrets redacted before it is cut (a cut secret would no longer match), to a length a timeline entry can hold.</summary>
    public static string Excerpt(FaultContext context, string output)
    {
        var line = string.Join(" ⏎ ", context.Secrets.Redact(output).Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= ExcerptLength ? line : line[..ExcerptLength] + " …";
    }

    private static string? Group(string pattern, string output)
    {
        var match = Regex.Match(output, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        return !match.Success ? null : match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
    }

    private static JsonNode? Parse(string output)
    {
        try
        {
            return JsonNode.Parse(output);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
