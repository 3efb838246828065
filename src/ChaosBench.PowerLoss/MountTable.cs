using System.Text.RegularExpressions;

namespace ChaosBench.PowerLoss;

/// <summary>Reads <c>/proc/self/mountinfo</c>: which file systems are mounted where.</summary>
internal static partial class MountTable
{
    /// <summary>Mount points of type <paramref name="type"/> (any, when null) at or under <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> Under(string directory, string? type)
    {
        var prefix = directory.TrimEnd('/') + "/";
        return File.ReadLines("/proc/self/mountinfo")
            .Select(Parse)
            .Where(m => (type is null || m.Type == type) && (m.Point + "/").StartsWith(prefix, StringComparison.Ordinal))
            .Select(m => m.Point)
            .ToList();
    }

    /// <summary>Field 5 is the mount point (octal-escaped); the type follows the " - " separator.</summary>
    private static (string Point, string Type) Parse(string line)
    {
        var fields = line.Split(' ');
        var separator = Array.IndexOf(fields, "-");
        return (Unescape(fields[4]), separator > 0 && separator + 1 < fields.Length ? fields[separator + 1] : string.Empty);
    }

    private static string Unescape(string field) =>
        Octal().Replace(field, m => ((char)Convert.ToInt32(m.Groups[1].Value, 8)).ToString());

    [GeneratedRegex(@"\\([0-7]{3})")]
    private static partial Regex Octal();
}
