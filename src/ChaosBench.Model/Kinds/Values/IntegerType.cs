using System.Globalization;
using System.Text.Json.Nodes;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>A whole number: an <see cref="int"/> or a <see cref="long"/>.</summary>
public sealed class IntegerType(Type clr) : ScalarType
{
    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        if (clr == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var wide))
        {
            return wide;
        }

        if (clr == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problem = new($"{key} must be a whole number, not '{text}'", $"write digits, e.g. '{key}: 3'");
        return null;
    }

    public override JsonObject Schema() => new() { ["type"] = "integer" };
}
