using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ChaosBench.NetworkBench.Yardstick;

/// <summary>
/// The yardstick variant: <c>forwarder.c</c> beside this file, built by <c>bench/network.sh</c> when the machine has a C
/// compiler, forwarding to etcd as the proxy does. What it adds is what any user-space hop costs on this machine, so
/// the proxy's figure reads against it rather than against a number measured elsewhere. It ends when its standard
/// input does, that is with this process, however it ends.
/// </summary>
internal sealed class Forwarder : IDisposable
{
    private readonly Process _process;

    private Forwarder(Process process, IPEndPoint listening)
    {
        _process = process;
        Listening = listening;
    }

    public IPEndPoint Listening { get; }

    /// <summary>Starts the forwarder at <paramref name="path"/> towards <paramref name="upstream"/> and waits for the port it prints.</summary>
    public static async Task<Forwarder> StartAsync(string path, IPEndPoint upstream, CancellationToken ct)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(upstream.Address.ToString());
        start.ArgumentList.Add(upstream.Port.ToString(CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new BenchFailedException($"could not start the yardstick {path}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (!int.TryParse(line, CultureInfo.InvariantCulture, out var port))
        {
            process.Kill();
            process.Dispose();
            throw new BenchFailedException($"the yardstick {path} printed no port; its error is above");
        }

        return new Forwarder(process, new IPEndPoint(IPAddress.Loopback, port));
    }

    public void Dispose()
    {
        _process.Kill();
        _process.Dispose();
    }
}
