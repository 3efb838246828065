using System.Runtime.InteropServices;

namespace ChaosBench.BenchShared;

/// <summary>
/// What every bench does with Ctrl-C and SIGTERM: the first one cancels <see cref="Token"/>, so the bench stops
/// measuring and tears down what it started; a second one is not held back.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
    }

    public CancellationToken Token => _cts.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cts.Dispose();
    }

    private void Interrupt(PosixSignalContext context)
    {
        context.Cancel = !_cts.IsCancellationRequested;
        _cts.Cancel();
    }
}
