using System.CommandLine;

namespace ChaosBench.Cli.Commands;

/// <summary>Every command of the command line; tests parse command lines (e.g. the CI templates') against it.</summary>
internal static class Root
{
    /// <summary>
    /// An assembly of the user's own kinds, on every command; the <c>chaosbench.json</c> next to the scenarios (or above
    /// them) names its folder's too. It is code run as the harness runs: load only your own.
    /// </summary>
    public static Option<string[]> Extension { get; } = new("--extension")
    {
        Description = "An assembly of your own fault, expectation, workload or cluster kinds (PATH.dll); may be repeated. It runs as this process runs.",
        Recursive = true,
    };

    public static RootCommand Create() => new("ChaosBench: inject faults into real products in containers and check that they recover without losing anything.")
    {
        Extension,
        RunCommand.Create(),
        PlanCommand.Create(),
        ReplayCommand.Create(),
        ImagesCommand.Create(),
        CleanCommand.Create(),
        DoctorCommand.Create(),
        LintCommand.Create(),
        ReportCommand.Create(),
        CertifyCommand.Create(),
        CheckCommand.Create(),
    };
}
