using System.Diagnostics;
using ChaosBench.Engine;
using ChaosBench.Engine.Docker;

namespace ChaosBench.Tests.Engine;

/// <summary>
/// Debian's Podman serving the Docker API (<c>podman system service</c>) on a unix socket of its own, with its own
/// storage root, run root, temporary folder, events file and CNI configuration folder, so it shares nothing with
/// the main engine: the cgroupfs manager puts its containers under <c>libpod_parent</c> beside Docker's
/// <c>docker</c>, and its networks (CNI bridges <c>cni-podman*</c>) come from an address pool no engine uses. CNI's
/// firewall plugin adds chains of its own (<c>CNI-*</c>) and jumps to them, and its dnsname plugin (names of the
/// containers on a network, as Docker's embedded DNS gives them) runs a dnsmasq per network on its bridge's address;
/// the chains and bridges it added are removed after it.
/// </summary>
internal sealed class PodmanService : IAsyncDisposable
{
    /// <summary>Its networks' subnets, beside the pools of <see cref="DockerdOptions"/>' kinds (10.213-10.220).</summary>
    public const string AddressPool = "10.221.0.0/16";

    private const string DefaultSubnet = "10.222.0.0/24";

    private readonly string _root;
    private readonly HashSet<string> _chainsBefore;
    private readonly HashSet<string> _bridgesBefore = Bridges();
    private int _pid;

    private PodmanService(string root, HashSet<string> chainsBefore)
    {
        _root = root;
        _chainsBefore = chainsBefore;
    }

    /// <summary>Its <c>DOCKER_HOST</c>.</summary>
    public string SocketHost => $"unix://{Path.Combine(_root, "podman.sock")}";

    /// <summary>The service's output so far, for an assertion's message.</summary>
    public string Log => File.Exists(LogFile) ? File.ReadAllText(LogFile) : string.Empty;

    private string LogFile => Path.Combine(_root, "service.log");

    /// <summary>A client of it; the caller disposes it.</summary>
    public DockerEngine Engine() => new(new Uri(SocketHost));

    /// <summary>Whether Debian's <c>podman</c>, its init <c>catatonit</c> and CNI's <c>dnsname</c> are on this machine (<c>ci/engines.sh</c> installs it).</summary>
    public static bool Installed => File.Exists("/usr/bin/podman") && File.Exists("/usr/libexec/podman/catatonit") && File.Exists("/usr/lib/cni/dnsname");

    /// <summary>Starts it and waits until it answers <c>/_ping</c>; on failure it is already stopped and removed.</summary>
    public static async Task<PodmanService> StartAsync(TimeSpan within)
    {
        var service = new PodmanService(Directory.CreateTempSubdirectory("chaosbench-podman-").FullName, await CniChainsAsync());
        try
        {
            await service.RunAsync(within);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Copies <paramref name="reference"/> from <paramref name="source"/> into Podman, as <c>docker save | podman load</c>.</summary>
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

    /// <summary>The <c>CNI-*</c> chains of the filter and nat tables (<c>iptables-save</c>), as <c>table/chain</c>.</summary>
    public static async Task<HashSet<string>> CniChainsAsync()
    {
        var (_, output) = await Command("iptables-save");
        var table = string.Empty;
        var chains = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith('*'))
            {
                table = line[1..].Trim();
            }
            else if (line.StartsWith(":CNI-", StringComparison.Ordinal))
            {
                chains.Add($"{table}/{line[1..].Split(' ')[0]}");
            }
        }

        return chains;
    }

    private async Task RunAsync(TimeSpan within)
    {
        foreach (var folder in new[] { "cni", "storage", "run", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
        }

        // Podman asks runc for nofile and nproc limits as high as 1048576 by default, which a process without
        // CAP_SYS_RESOURCE (a sandboxed root) may not raise to: the container fails to start with "error setting
        // rlimits". Docker gives its own limits instead; so does this, nproc being moot for root in a container.
        var nofile = File.ReadAllLines("/proc/self/limits").First(l => l.StartsWith("Max open files", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[4];
        await File.WriteAllTextAsync(Path.Combine(_root, "containers.conf"), $"""
            [containers]
            default_ulimits = ["nofile={nofile}:{nofile}", "nproc=4096:4096"]
            [engine]
            cgroup_manager = "cgroupfs"
            events_logger = "file"
            events_logfile_path = "{_root}/events.log"
            tmp_dir = "{_root}/tmp"
            [network]
            network_backend = "cni"
            network_config_dir = "{_root}/cni"
            default_network = "chaosbench-podman"
            default_subnet = "{DefaultSubnet}"
            default_subnet_pools = [{"{"}"base" = "{AddressPool}", "size" = 24{"}"}]
            """);
        await File.WriteAllTextAsync(Path.Combine(_root, "storage.conf"), $"""
            [storage]
            driver = "overlay"
            graphroot = "{_root}/storage"
            runroot = "{_root}/run"
            """);

        // Detached in a session of its own, as SecondDockerd starts dockerd; the shell prints its pid.
        var start = new ProcessStartInfo("sh", ["-c", "setsid podman --root \"$1\" --runroot \"$2\" system service --time=0 \"$3\" >>\"$0\" 2>&1 </dev/null & echo $!",
            LogFile, Path.Combine(_root, "storage"), Path.Combine(_root, "run"), SocketHost])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        foreach (var (key, value) in Configuration)
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
                throw new InvalidOperationException($"podman system service did not answer at {SocketHost} within {within.TotalSeconds:0}s; its log:\n{Log}", e);
            }
        }
    }

    private bool Running => _pid > 0 && File.Exists($"/proc/{_pid}/status") && !File.ReadAllText($"/proc/{_pid}/status").Contains("(zombie)", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (Running)
        {
            // What a run left (none, when it cleaned up) goes with the service's storage.
            await Podman("rm", "--all", "--force", "--time", "0");
            await Command("kill", "-TERM", _pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var clock = Stopwatch.StartNew();
            while (Running && clock.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(100);
            }

            if (Running)
            {
                await Command("kill", "-KILL", _pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        await RemoveAddedAsync();
        foreach (var mount in File.ReadAllLines("/proc/self/mounts").Select(l => l.Split(' ')[1]).Where(m => m.StartsWith(_root, StringComparison.Ordinal)).Reverse())
        {
            await Command("umount", "-l", mount);
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>
    /// CNI's firewall chains and bridges that were not there before it: the jumps to the chains first (from the
    /// built-in chains), then the chains, then the bridges (CNI leaves a network's bridge when the network goes).
    /// </summary>
    private async Task RemoveAddedAsync()
    {
        var added = (await CniChainsAsync()).Except(_chainsBefore).ToList();
        foreach (var table in added.Select(c => c.Split('/')[0]).Distinct())
        {
            var names = added.Where(c => c.StartsWith(table + "/", StringComparison.Ordinal)).Select(c => c.Split('/')[1]).ToHashSet();
            var (_, rules) = await Command("iptables", "-t", table, "-S");
            foreach (var rule in rules.Split('\n').Where(r => r.StartsWith("-A ", StringComparison.Ordinal) && !names.Contains(r.Split(' ')[1]) && names.Any(n => r.EndsWith($"-j {n}", StringComparison.Ordinal))))
            {
                await Command("sh", "-c", $"iptables -t {table} -D {rule[3..]}");
            }

            foreach (var name in names)
            {
                await Command("iptables", "-t", table, "-F", name);
            }

            foreach (var name in names)
            {
                await Command("iptables", "-t", table, "-X", name);
            }
        }

        foreach (var bridge in Bridges().Except(_bridgesBefore))
        {
            await Command("ip", "link", "delete", bridge);
        }
    }

    private static HashSet<string> Bridges() =>
        Directory.GetDirectories("/sys/class/net").Select(Path.GetFileName).Where(n => n!.StartsWith("cni-podman", StringComparison.Ordinal)).ToHashSet()!;

    private async Task<(int Exit, string Output)> Podman(params string[] args) =>
        await Command("podman", ["--root", Path.Combine(_root, "storage"), "--runroot", Path.Combine(_root, "run"), .. args], Configuration);

    private Dictionary<string, string> Configuration => new()
    {
        ["CONTAINERS_CONF"] = Path.Combine(_root, "containers.conf"),
        ["CONTAINERS_STORAGE_CONF"] = Path.Combine(_root, "storage.conf"),
    };

    private static async Task<(int Exit, string Output)> Command(string file, params string[] args) => await Command(file, args, []);

    private static async Task<(int Exit, string Output)> Command(string file, string[] args, Dictionary<string, string> env)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output.Trim());
    }
}
