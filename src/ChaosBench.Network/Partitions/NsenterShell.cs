using System.Diagnostics;
using ChaosBench.Engine;

namespace ChaosBench.Network.Partitions;

/// <summary>
/// On a local engine: the host's own shell and iptables, entered into the member's network namespace with
/// <c>nsenter -n -t PID</c> (the PID from the engine's inspect). The member gets no capability; the harness runs as root.
/// </summary>
internal sealed class NsenterShell(IContainerEngine engine) : INamespaceShell
{
    public string How => "nsenter";

    public async Task<ExecResult> RunAsync(string containerId, string script, CancellationToken ct)
    {
        var state = (await engine.Containers.InspectAsync(containerId, ct)).State;
        if (!state.Running || state.Pid <= 0)
        {
            return new ExecResult(-1, string.Empty, $"the container is {state.Status}: a container that is not running has no network namespace");
        }

        var info = new ProcessStartInfo("nsenter") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-n", "-t", state.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "sh", "-c", script })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start nsenter");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new ExecResult(process.ExitCode, await stdout, await stderr);
    }
}
