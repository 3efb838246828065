using System.Globalization;
using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>A number; with <see cref="ShareAttribute"/> a share (probability) from 0 to 1.</summary>
public sealed class NumberType(bool share = false) : ScalarType
{
    public static NumberType Any { get; } = new();

    /// <summary>A share from 0 to 1: an error rate, a probability.</summary>
    public bool IsShare { get; } = share;

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problem = new($"{key} must be a number, not '{text}'", $"write e.g. '{key}: 0.5'");
        return null;
    }

    public override JsonObject Schema() => IsShare
        ? new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 }
        : new JsonObject { ["type"] = "number" };
}
