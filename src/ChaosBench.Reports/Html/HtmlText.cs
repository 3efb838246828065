using System.Globalization;
using System.Net;

namespace ChaosBench.Reports.Html;

/// <summary>Every piece of recorded text passes through <see cref="Encode"/>: a product's error message is not markup.</summary>
internal static class HtmlText
{
    /// <summary>Escapes for element content and quoted attribute values alike (<c>&lt; &gt; &amp; " '</c>).</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An SVG coordinate: invariant culture, at most two decimals, so the file stays small and stable.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
