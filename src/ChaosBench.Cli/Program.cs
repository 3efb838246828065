using System.CommandLine;
using System.Runtime.InteropServices;
using ChaosBench.Cli.Commands;

var root = new RootCommand("ChaosBench: inject faults into real products in containers and check that they recover without losing anything.")
{
    RunCommand.Create(),
    PlanCommand.Create(),
    ReplayCommand.Create(),
    ImagesCommand.Create(),
    CleanCommand.Create(),
    LintCommand.Create(),
    ReportCommand.Create(),
    CertifyCommand.Create(),
};

// Ctrl-C and SIGTERM cancel the command; its teardown still runs before the process exits.
using var cancel = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel.Token);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
