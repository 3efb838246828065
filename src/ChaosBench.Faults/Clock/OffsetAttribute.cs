using System.Text.Json.Nodes;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Faults.Clock;

/// <summary>A signed duration: <c>+2h</c> or <c>2h</c> ahead, <c>-90s</c> behind.</summary>
public sealed class OffsetAttribute : OptionValueAttribute
{
    private static readonly OffsetType Signed = new();

    public override OptionType Type => Signed;

    private sealed class OffsetType : ScalarType
    {
        public override object? Parse(string text, string key, out OptionProblem? problem)
        {
            problem = null;
            var trimmed = text.Trim();
            var behind = trimmed.StartsWith('-');
            if (Durations.TryParse(trimmed.TrimStart('+', '-'), out var duration))
            {
                return behind ? -duration : duration;
            }

            problem = new($"{key}: '{text}' is not an offset", "write a duration with a sign, e.g. +2h (ahead) or -90s (behind)");
            return null;
        }

        public override JsonObject Schema() => new() { ["type"] = "string", ["pattern"] = @"^[+-]?(\d+(\.\d+)?(ms|s|m|h))+$" };
    }
}
