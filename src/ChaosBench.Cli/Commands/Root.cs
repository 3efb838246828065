using System.CommandLine;

namespace ChaosBench.Cli.Commands;

/// <summary>Every command of the command line; tests parse command lines (e.g. the CI templates') against it.</summary>
internal static class Root
{
    public static RootCommand Create() => new("ChaosBench: inject faults into real products in containers and check that they recover without losing anything.")
    {
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
