using System.Text.RegularExpressions;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Reports;

/// <summary>
/// Replaces what differs between two renderings of the same run (start times, run and image ids, the run
/// folder's stamp) with placeholders such as <c>&lt;time&gt;</c>, so golden files pin the layout, not the clock.
/// </summary>
internal sealed partial class Scrubber
{
    private readonly IReadOnlyList<(string Value, string Placeholder)> _literals;

    private Scrubber(IReadOnlyList<(string Value, string Placeholder)> literals) => _literals = literals;

    /// <summary>A scrubber that also knows <paramref name="run"/>'s own ids, whatever their shape.</summary>
    public static Scrubber For(RunRecord run) =>
        new([(run.RunId, "<run-id>"), .. run.Images.Select(i => (i.Id, "<image-id>"))]);

    public string Scrub(string text)
    {
        foreach (var (value, placeholder) in _literals)
        {
            text = text.Replace(value, placeholder, StringComparison.Ordinal);
        }

        text = IsoTime().Replace(text, "<time>");
        text = FolderStamp().Replace(text, "<stamp>");
        return Sha256().Replace(text, "<id>");
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"\b\d{8}-\d{6}\b")]
    private static partial Regex FolderStamp();

    [GeneratedRegex("sha256:[0-9a-f]{64}")]
    private static partial Regex Sha256();
}
