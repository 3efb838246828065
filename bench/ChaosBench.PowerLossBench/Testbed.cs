using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.PowerLoss;

namespace ChaosBench.PowerLossBench;

/// <summary>
/// Two single-node etcd 3.5 containers on a network of their own, alike but for where <c>/var/lib/etcd</c> lives:
/// "plain" binds a host directory, "layer" binds a power-loss layer over a host directory of the same kind.
/// Disposing removes the containers and the network (by run label), then the layer, then the directories,
/// whatever happened before.
/// </summary>
internal sealed class Testbed(IContainerEngine engine, string runId) : IAsyncDisposable
{
    public const string Image = "chaosbench/etcd:3.5";
    public const string Plain = "plain";
    public const string Layer = "layer";

    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly RunResources _run = new(engine, runId);
    private readonly RunMounts _mounts = new(runId);
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("chaosbench-power-loss-bench-");

    /// <summary>The layer, once mounted: its errors and unsynced bytes are part of the findings.</summary>
    public PowerLossMount? Mount { get; private set; }

    /// <summary>Creates both nodes and waits until each answers its health check.</summary>
    public async Task<IReadOnlyList<EtcdNode>> StartAsync(CancellationToken ct)
    {
        if (await engine.Images.InspectAsync(Image, ct) is null)
        {
            throw new BenchFailedException($"the image {Image} is missing; fix: ./chaosbench images build etcd-3.5 (bench/power-loss.sh does so)");
        }

        var network = $"cb-{runId}";
        await _run.CreateNetworkAsync(network, ct);

        // Both directories sit side by side on the same file system, and etcd wants its data directory private.
        var plain = Directory.CreateDirectory(Path.Combine(_scratch.FullName, Plain), Private).FullName;
        var backing = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "layer-backing"), Private).FullName;
        Mount = _mounts.Mount("etcd-data", backing);

        var nodes = new List<EtcdNode>();
        foreach (var (variant, source) in new[] { (Plain, plain), (Layer, Mount.MountPoint) })
        {
            var id = await _run.CreateContainerAsync(Spec(variant, source, network), ct);
            await engine.Containers.StartAsync(id, ct);
            var address = (await engine.Containers.InspectAsync(id, ct)).NetworkAddresses.GetValueOrDefault(network);
            if (string.IsNullOrEmpty(address))
            {
                throw new BenchFailedException($"{variant}: the engine gave the etcd container no address on network {network}");
            }

            nodes.Add(new EtcdNode(variant, id, new Uri($"http://{address}:2379")));
        }

        foreach (var node in nodes)
        {
            await EtcdHealth.WaitAsync(engine, node, TimeSpan.FromSeconds(30), ct);
        }

        return nodes;
    }

    /// <summary>Another layer, with the default options, over a fresh directory beside the others: for the memory and hook measurements.</summary>
    public PowerLossMount ScratchLayer(string name) =>
        _mounts.Mount(name, Directory.CreateDirectory(Path.Combine(_scratch.FullName, $"{name}-backing"), Private).FullName);

    public async ValueTask DisposeAsync()
    {
        // Containers first: they hold the layer's mount point open.
        try
        {
            await _run.TeardownAsync();
        }
        finally
        {
            _mounts.Dispose();
            _scratch.Delete(recursive: true);
        }
    }

    /// <summary>The recipe's command, named, with the data directory spelled out so the bench does not depend on the recipe's default.</summary>
    private ContainerSpec Spec(string variant, string dataSource, string network) => new()
    {
        Image = Image,
        Name = $"cb-{runId}-{variant}",
        Hostname = variant,
        Command =
        [
            "etcd", "--name", variant, "--data-dir", "/var/lib/etcd",
            "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", $"http://{variant}:2379",
        ],
        Binds = [new Mount(dataSource, "/var/lib/etcd")],
        Networks = [new NetworkAttachment(network, [variant])],
        Labels = new Dictionary<string, string> { ["chaosbench.member"] = variant },
    };
}
