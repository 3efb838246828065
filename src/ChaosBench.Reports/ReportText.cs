using System.Collections;
using System.Globalization;
using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Reports;

/// <summary>How every format spells durations, evidence values and the replay command, so they agree.</summary>
public static class ReportText
{
    /// <summary>Milliseconds are the precision the record keeps; finer ticks are clock noise.</summary>
    public static string Duration(TimeSpan duration) =>
        Durations.Format(TimeSpan.FromMilliseconds(Math.Round(duration.TotalMilliseconds, MidpointRounding.AwayFromZero)));

    /// <summary>Seconds with millisecond precision, as JUnit's <c>time</c> attributes want them.</summary>
    public static string Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 3).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Offset(TimeSpan time) => "+" + Duration(time);

    public static string Replay(string folder) => $"./chaosbench replay {folder.Replace('\\', '/')}/run.json";

    /// <summary>An evidence value on one line; values read back from <c>run.json</c> arrive as plain numbers and lists.</summary>
    public static string Value(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        TimeSpan duration => Duration(duration),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{Value(k)}: {Value(map[k])}")) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The evidence as <c>key: value</c> lines, in the checker's order.</summary>
    public static IEnumerable<string> Evidence(IReadOnlyDictionary<string, object?> evidence) =>
        evidence.Select(e => $"{e.Key}: {Value(e.Value)}");

    /// <summary>What the containers were kept from, in the words of the trust model (docs/trust.md).</summary>
    public const string Isolation = "No container runs privileged, nor with a capability that breaks its isolation (SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, SYS_BOOT)";

    /// <summary>Whether the run reached the host beyond its scenario's folder (<c>--allow-host</c>), as every report says it.</summary>
    public static string HostAccess(RunRecord run) => run.AllowHost
        ? "ALLOWED (--allow-host): binds from anywhere on the host, faults reaching the members' binds"
        : "the scenario's folder only: binds from it, faults only in named volumes";

    /// <summary>One row per service: members, env (secret values already hidden), and each capability added with why.</summary>
    public static IEnumerable<string[]> Services(RunRecord run) => run.Services.Select(s => new[]
    {
        s.Name,
        string.Join(", ", s.Members),
        string.Join(", ", s.Env.Select(e => $"{e.Key}={e.Value}")),
        s.Capabilities.Count == 0 ? "none" : string.Join(", ", s.Capabilities.Select(c => $"{c.Name} ({c.Reason})")),
    });

    /// <summary>The heading over <see cref="ComposeDifferences"/>.</summary>
    public const string ComposeHeading = "Where the run differs from the Compose file";

    /// <summary>One row per override and per unset variable of the Compose file, each as recorded; none without either.</summary>
    public static IEnumerable<string[]> ComposeDifferences(RunRecord run) =>
        run.Overrides.Select(o => new[] { "override", o }).Concat(run.UnsetVariables.Select(v => new[] { "unset variable", v }));
}
