using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChaosBench.Model.Kinds.Values;

/// <summary>
/// A size in bytes: a number of bytes, or with a binary unit, <c>512k</c>, <c>64MiB</c>, <c>1.5GiB</c> (k, m, g, t
/// and KiB … TiB are powers of 1024; KB … TB powers of 1000).
/// </summary>
public sealed partial class SizeType : ScalarType
{
    public static SizeType Instance { get; } = new();

    public override object? Parse(string text, string key, out OptionProblem? problem)
    {
        problem = null;
        var match = SizePattern().Match(text.Trim());
        if (match.Success)
        {
            var bytes = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture) * Factor(match.Groups["unit"].Value);
            if (bytes < long.MaxValue && bytes == Math.Floor(bytes))
            {
                return (long)bytes;
            }
        }

        problem = new($"{key}: '{text}' is not a size", "write bytes or a size with its unit, e.g. 4096, 64k, 10MiB or 1GiB");
        return null;
    }

    public override JsonObject Schema() => new()
    {
        ["description"] = "bytes, or a size with its unit: 64k, 10MiB, 1GiB",
        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, new JsonObject { ["type"] = "string", ["pattern"] = SizePattern().ToString() }),
    };

    private static double Factor(string unit) => unit switch
    {
        "" or "B" => 1,
        "k" or "KiB" => 1L << 10,
        "m" or "MiB" => 1L << 20,
        "g" or "GiB" => 1L << 30,
        "t" or "TiB" => 1L << 40,
        "KB" => 1e3,
        "MB" => 1e6,
        "GB" => 1e9,
        _ => 1e12,
    };

    [GeneratedRegex(@"^(?<amount>\d+(\.\d+)?)\s*(?<unit>B|k|m|g|t|KiB|MiB|GiB|TiB|KB|MB|GB|TB)?$")]
    private static partial Regex SizePattern();
}
