using System.CommandLine;
using System.Runtime.InteropServices;
using ChaosBench.Cli;
using ChaosBench.Cli.Commands;

var root = Root.Create();

// Ctrl-C and SIGTERM cancel the command; its teardown still runs before the process exits.
using var cancel = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
try
{
    var parsed = root.Parse(args);
    Vocabularies.Extensions = parsed.GetValue(Root.Extension) ?? [];
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    return Cli.Fail("aborted", ExitCodes.Aborted);
}
catch (Exception e)
{
    // Exit 1 means the product failed; whatever a command did not handle is the harness's error.
    return Cli.Errored(e);
}

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
