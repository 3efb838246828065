using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>Operations per second: <c>200/s</c>, <c>12000/m</c>, or a bare number per second.</summary>
public sealed partial class RateType : ScalarType
{
    public static RateType Instance { get; } = new();

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        var match = RatePattern().Match(text.Trim());
        if (match.Success)
        {
            var amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
            return match.Groups["unit"].Value == "m" ? amount / 60 : amount;
        }

        problem = new($"{key}: '{text}' is not a rate", "write operations per second or per minute, e.g. 200/s or 12000/m");
        return null;
    }

    public override JsonObject Schema() => new() { ["$ref"] = "#/$defs/rate" };

    [GeneratedRegex(@"^(?<amount>\d+(?:\.\d+)?)(?:/(?<unit>s|m))?$")]
    private static partial Regex RatePattern();
}
