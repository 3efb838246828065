using ChaosBench.Model;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Reports.Certificate;

/// <summary>
/// The certificate's one table: a row per scenario, a column per combination of matrix values, each cell a run's
/// outcome and the path of its report relative to the certificate's folder.
/// </summary>
internal sealed record CertificateTable(Outcome Outcome, IReadOnlyList<string> Columns, IReadOnlyList<CertificateTable.Row> Rows)
{
    /// <summary>The column of the runs of scenarios without a matrix.</summary>
    public const string NoMatrix = "(no matrix)";

    public static CertificateTable Of(string folder, IReadOnlyList<MergedRun> runs)
    {
        var cells = runs.Select(r => new Cell(
            r.Run.Matrix.Count == 0 ? NoMatrix : MatrixValues.Label(r.Run.Matrix),
            r,
            Relative(folder, Path.Combine(r.Folder, "report.html")),
            Relative(folder, Path.Combine(r.Folder, "run.json")))).ToList();
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var rows = cells.GroupBy(c => (Name: MatrixValues.BaseName(c.Run.Run.Scenario, c.Run.Run.Matrix), c.Run.Run.ScenarioFile))
            .Select(g => new Row(g.Key.Name, g.Key.ScenarioFile, [.. columns.Select(column => g.FirstOrDefault(c => c.Column == column))]))
            .ToList();
        return new CertificateTable(runs.Select(r => r.Run.Outcome).DefaultIfEmpty(Outcome.Passed).Max(), columns, rows);
    }

    /// <summary>Where the runs ran: each distinct harness, engine, kernel and host once.</summary>
    public static IReadOnlyList<EnvironmentRecord> Environments(IReadOnlyList<MergedRun> runs) => [.. runs.Select(r => r.Run.Environment).Distinct()];

    /// <summary>Each package version of each run's images: what a column's value actually ran.</summary>
    public static string Packages(RunRecord run) =>
        string.Join(", ", run.Images.SelectMany(i => i.Packages.Select(p => $"{p.Key} {p.Value}")).Distinct());

    /// <summary><paramref name="path"/> as a link from <paramref name="folder"/>, '/'-separated.</summary>
    public static string Relative(string folder, string path) =>
        Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path)).Replace('\\', '/');

    public static string Word(Outcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>How a run's host access reads in the certificate's table of runs.</summary>
    public static string HostAccess(RunRecord run) => run.AllowHost ? "ALLOWED (--allow-host)" : "scenario folder only";

    /// <summary>The sentence a certificate opens with when any run was given <c>--allow-host</c>; empty otherwise.</summary>
    public static string HostAccessNote(IReadOnlyList<MergedRun> runs) =>
        runs.Count(r => r.Run.AllowHost) is var allowed and > 0 ? $"{Count(allowed, "run")} had --allow-host: {(allowed == 1 ? "its scenario" : "their scenarios")} could bind host paths outside {(allowed == 1 ? "its" : "their")} folder and {(allowed == 1 ? "its" : "their")} faults reach the members' binds (docs/trust.md). " : string.Empty;

    /// <summary>"1 run", "3 runs".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>One scenario's runs, one per column; null where it has no run of that combination.</summary>
    public sealed record Row(string Scenario, string? File, IReadOnlyList<Cell?> Cells);

    public sealed record Cell(string Column, MergedRun Run, string Report, string Record);
}
