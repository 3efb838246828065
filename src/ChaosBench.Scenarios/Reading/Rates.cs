using System.Globalization;
using System.Text.RegularExpressions;

namespace ChaosBench.Scenarios.Reading;

/// <summary>Rates as scenarios write them: <c>200/s</c>, <c>12000/m</c>, or a bare number of operations per second.</summary>
internal static partial class Rates
{
    public static bool TryParse(string text, out double perSecond)
    {
        perSecond = 0;
        var match = RatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        perSecond = match.Groups["unit"].Value == "m" ? amount / 60 : amount;
        return true;
    }

    [GeneratedRegex(@"^(?<amount>\d+(?:\.\d+)?)(?:/(?<unit>s|m))?$")]
    private static partial Regex RatePattern();
}
