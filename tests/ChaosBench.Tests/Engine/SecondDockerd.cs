using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

/// <summary>
/// A second <c>dockerd</c> on this machine, listening on a loopback TCP port (and, when asked, its own unix socket),
/// with its own data root, exec root, pid file, cgroup parent and managed containerd, so a test can run the harness
/// against another engine (<see cref="DockerdOptions"/>: another build, TLS, a minimum API version).
/// It leaves the main engine's bridge and iptables alone: its default bridge is one of its own, made for it and
/// removed after it (<c>--bridge none</c> would make dockerd delete the host's <c>docker0</c>, breaking the main
/// engine's default network for every later test), and <c>--iptables=false</c>; its networks come
/// from their own address pool (one per kind of engine), so they cannot take a subnet the main engine's networks use; and one rule in
/// <c>DOCKER-USER</c> lets its containers talk to each other, which the main engine's <c>FORWARD DROP</c> would
/// otherwise stop on bridges it does not know. Disposing stops it, drops the rule and removes its folders.
/// </summary>
internal sealed class SecondDockerd : IAsyncDisposable
{
    private readonly DockerdOptions _options;
    private readonly string _root;
    private readonly string _bridge = $"cbd{Random.Shared.Next(0x10000):x4}";
    private int _pid;
    private bool _ruleAdded;
    private bool _bridgeAdded;

    private SecondDockerd(string root, int port, DockerdOptions options)
    {
        _root = root;
        _options = options;
        DockerHost = $"tcp://127.0.0.1:{port}";
        CgroupParent = "chaosbench-" + _bridge;
    }

    /// <summary>Its <c>DOCKER_HOST</c>: <c>tcp://127.0.0.1:PORT</c>.</summary>
    public string DockerHost { get; }

    /// <summary>Its unix socket as a <c>DOCKER_HOST</c>, when <see cref="DockerdOptions.Socket"/> asked for one.</summary>
    public string SocketHost => $"unix://{Path.Combine(_root, "docker.sock")}";

    /// <summary>The cgroup its containers are made under, beside the main engine's.</summary>
    public string CgroupParent { get; }

    private string[] ForwardRule => ["DOCKER-USER", "-s", _options.AddressPool, "-d", _options.AddressPool, "-j", "ACCEPT"];

    /// <summary>The daemon's output so far, for an assertion's message.</summary>
    public string Log => File.Exists(LogFile) ? File.ReadAllText(LogFile) : string.Empty;

    private string LogFile => Path.Combine(_root, "dockerd.log");

    /// <summary>A client of it; the caller disposes it.</summary>
    public DockerEngine Engine() => _options.TlsFolder is { } tls
        ? new(new ChaosBench.Engine.Docker.Endpoints.EngineEndpoint(new Uri(DockerHost), "the test's TLS engine", new(Path.Combine(tls, "ca.pem"), Path.Combine(tls, "cert.pem"), Path.Combine(tls, "key.pem"))))
        : _options.Socket ? new(new Uri(SocketHost)) : new(new Uri(DockerHost));

    /// <summary>Starts one and waits until it answers <c>/_ping</c>; on failure it is already stopped and removed.</summary>
    public static async Task<SecondDockerd> StartAsync(TimeSpan within, DockerdOptions? options = null)
    {
        options ??= DockerdOptions.Plain;
        var daemon = new SecondDockerd(Directory.CreateTempSubdirectory("chaosbench-dockerd-").FullName, options.Port == 0 ? FreePort() : options.Port, options);
        try
        {
            await daemon.RunAsync(within);
            return daemon;
        }
        catch
        {
            await daemon.DisposeAsync();
            throw;
        }
    }

    /// <summary>Copies <paramref name="reference"/> from <paramref name="source"/> into this engine, as <c>docker save | docker load</c>.</summary>
    public async Task CopyImageAsync(IContainerEngine source, string reference)
    {
        var tar = Path.Combine(_root, "image.tar");
        await using (var file = File.Create(tar))
        {
            await source.Images.SaveAsync(reference, file);
        }

        using var engine = Engine();
        await using (var file = File.OpenRead(tar))
        {
            await engine.Images.LoadAsync(file);
        }

        File.Delete(tar);
    }

    private async Task RunAsync(TimeSpan within)
    {
        await IptablesAsync("-I");
        _ruleAdded = true;
        await RequiredAsync("root", "ip", "link", "add", "name", _bridge, "type", "bridge");
        _bridgeAdded = true;
        await RequiredAsync("root", "ip", "addr", "add", _options.BridgeAddress, "dev", _bridge);
        await RequiredAsync("root", "ip", "link", "set", _bridge, "up");
        await LaunchAsync(within);
    }

    /// <summary>Sends <paramref name="signal"/> (<c>STOP</c>, <c>CONT</c>) to this daemon alone: a frozen engine, as a hung one looks to its clients.</summary>
    public async Task SignalAsync(string signal) => await RequiredAsync("the daemon to be running", "kill", $"-{signal}", _pid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The daemon's process state line (<c>State: T (stopped)</c> when frozen), for an assertion's message.</summary>
    public string State => File.ReadAllLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)) ?? "gone";

    /// <summary>Whether the daemon still runs (a zombie or a missing entry does not).</summary>
    private bool Running => _pid > 0 && File.Exists($"/proc/{_pid}/status") && !State.Contains("(zombie)", StringComparison.Ordinal);

    /// <summary>
    /// Restarts the daemon at the same address, as an engine upgrade or crash would: stopped with SIGTERM (which
    /// stops its containers) and started again, on the same data root; returns once it answers again.
    /// </summary>
    public async Task RestartAsync(TimeSpan within)
    {
        await StopAsync();
        await LaunchAsync(within, restarted: true);
    }

    /// <param name="restarted">
    /// Started again on its data root: then with <c>--live-restore</c>, since dockerd 20.10, restarted with a default
    /// address pool and without it, deletes the host's <c>docker0</c> (whatever <c>--bridge</c> says) as it clears its
    /// stale default network, breaking the main engine's default network. Its containers were stopped with it
    /// all the same: live restore keeps only those still running.
    /// </param>
    private async Task LaunchAsync(TimeSpan within, bool restarted = false)
    {
        string[] tls = _options.TlsFolder is { } folder
            ? ["--tlsverify", "--tlscacert", Path.Combine(folder, "ca.pem"), "--tlscert", Path.Combine(folder, "server-cert.pem"), "--tlskey", Path.Combine(folder, "server-key.pem")]
            : [];
        string[] args =
        [
            "--host", DockerHost, .. (_options.Socket ? ["--host", SocketHost] : Array.Empty<string>()), .. tls,
            "--data-root", Path.Combine(_root, "data"), "--exec-root", Path.Combine(_root, "exec"),
            "--pidfile", Path.Combine(_root, "dockerd.pid"), "--cgroup-parent", CgroupParent, "--bridge", _bridge, "--iptables=false", "--ip-masq=false",
            "--default-address-pool", $"base={_options.AddressPool},size=24", .. (restarted ? ["--live-restore"] : Array.Empty<string>()),
        ];
        var dockerd = _options.Binaries is { } binaries ? Path.Combine(binaries, "usr", "sbin", "dockerd") : "dockerd";
        // Detached (in a session of its own, its parent gone): as a child of the test host, or in its process group,
        // a daemon frozen by a test was seen thawed again within seconds. The shell prints the daemon's pid.
        var start = new ProcessStartInfo("sh", ["-c", "daemon=\"$1\"; shift; setsid \"$daemon\" \"$@\" >>\"$0\" 2>&1 </dev/null & echo $!", LogFile, dockerd, .. args])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        if (_options.Binaries is { } bin)
        {
            start.Environment["PATH"] = $"{Path.Combine(bin, "usr", "bin")}:{System.Environment.GetEnvironmentVariable("PATH")}";
        }

        foreach (var (key, value) in _options.Environment)
        {
            start.Environment[key] = value;
        }

        using (var launcher = Process.Start(start)!)
        {
            _pid = int.Parse((await launcher.StandardOutput.ReadToEndAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            await launcher.WaitForExitAsync();
        }

        using var engine = Engine();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await engine.PingAsync();
                return;
            }
            catch (EngineUnavailableException) when (clock.Elapsed < within && Running)
            {
                await Task.Delay(250);
            }
            catch (EngineUnavailableException e)
            {
                throw new InvalidOperationException($"the second dockerd did not answer at {DockerHost} within {within.TotalSeconds:0}s; its log:\n{Log}", e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ruleAdded)
        {
            await IptablesAsync("-D");
        }

        if (_bridgeAdded)
        {
            await Command("ip", "link", "delete", _bridge);
        }

        // Whatever it left mounted under its folders (a killed daemon's layers) goes before the folders do.
        foreach (var mount in File.ReadAllLines("/proc/self/mounts").Select(l => l.Split(' ')[1]).Where(m => m.StartsWith(_root, StringComparison.Ordinal)).Reverse())
        {
            await Command("umount", "-l", mount);
        }

        Directory.Delete(_root, recursive: true);

        // Its cgroup parent, empty once its containers are gone, in each hierarchy that has one.
        foreach (var parent in Directory.GetDirectories("/sys/fs/cgroup").Append("/sys/fs/cgroup").Select(h => Path.Combine(h, CgroupParent)).Where(Directory.Exists))
        {
            await Command("rmdir", parent);
        }
    }

    private async Task StopAsync()
    {
        if (Running)
        {
            // SIGTERM: dockerd then stops its containers and its containerd, and unmounts its layers (thawed first, in case a test froze it).
            var pid = _pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Command("kill", "-CONT", pid);
            await Command("kill", "-TERM", pid);
            var clock = Stopwatch.StartNew();
            while (Running && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            if (Running)
            {
                await Command("kill", "-KILL", pid);
                while (Running)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    private Task IptablesAsync(string action) => RequiredAsync("root and the main engine's DOCKER-USER chain", "iptables", [action, .. ForwardRule]);

    /// <summary>Runs a set-up command that must succeed; <paramref name="needs"/> says what the test needs for it.</summary>
    private static async Task RequiredAsync(string needs, string file, params string[] args)
    {
        var (exit, output) = await Command(file, args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({exit}): {output}; the test needs {needs}");
        }
    }

    private static async Task<(int Exit, string Output)> Command(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output.Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
