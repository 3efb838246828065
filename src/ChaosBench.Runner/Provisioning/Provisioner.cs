using System.Net;
using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Faults.Links;
using ChaosBench.Network.Proxy;
using ChaosBench.Model;
using ChaosBench.PowerLoss;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Planning;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Creates the run's topology: its default network and the scenario's networks, one volume per member and
/// declared volume (one per run for a shared one), one container per member, named after the member on each of
/// its networks so peers find each other; then starts them in dependency order (<see cref="StartOrder"/>).
/// A power-loss volume is the same named volume seen through a power-loss layer bind-mounted in its place.
/// External services are not the harness's to start: they get nothing, and a scenario of only those gets no network.
/// </summary>
/// <param name="plan">The run's plan: which services' peer links its faults shape, and the seed their proxies draw from.</param>
/// <param name="linkEvents">Gets what happens on every peer link (<see cref="PeerLinks"/>).</param>
internal sealed class Provisioner(RunResources run, KindCatalog<IClusterKind> clusters, RunMounts mounts, Plan plan, Action<ProxyEvent> linkEvents)
{
    /// <summary>The engine's name for scenario network <paramref name="name"/>; <c>default</c> is the run's own.</summary>
    private string NetworkName(string name) => name == "default" ? $"cb-{run.RunId}" : $"cb-{run.RunId}-{name}";

    /// <param name="ready">Waits until a member is ready (once per member, however often asked).</param>
    public async Task<Deployment> StartAsync(Scenario scenario, IReadOnlyDictionary<string, string> images, Func<Member, Task> ready, CancellationToken ct)
    {
        var members = new List<Member>();
        var services = scenario.Services.Where(s => !s.IsExternal).ToList();
        if (services.Count == 0)
        {
            return new Deployment(NetworkName("default"), members, scenario.Groups);
        }

        foreach (var network in scenario.Networks.Where(n => n != "default").Prepend("default"))
        {
            await run.CreateNetworkAsync(NetworkName(network), ct);
        }

        var deployment = new Deployment(NetworkName("default"), members, scenario.Groups) { PeerLinks = await StartPeerLinksAsync(scenario, members, ct) };
        try
        {
            foreach (var service in services)
            {
                // Once a service: its command (for args) and stop signal are the same for every member.
                var info = await run.Engine.Images.InspectAsync(images[service.Image], ct);
                foreach (var name in service.Members)
                {
                    var (spec, powerLoss, own, args) = await SpecForAsync(service, name, images[service.Image], info, deployment.PeerLinks, ct);
                    members.Add(new Member(name, service.Name, spec, await run.CreateContainerAsync(spec, ct)) { PowerLoss = powerLoss, OwnCommand = own, Args = args });
                }
            }

            await new StartOrder(scenario, deployment, run.Engine, ready).StartAllAsync(ct);
        }
        catch
        {
            await deployment.PeerLinks.DisposeAsync();
            throw;
        }

        return deployment;
    }

    /// <summary>
    /// A proxy on the run network's gateway in front of each member of a service whose peer links a fault shapes,
    /// forwarding to the member's address of the moment; a connection is known by the member whose address it comes from.
    /// </summary>
    private async Task<PeerLinks> StartPeerLinksAsync(Scenario scenario, List<Member> members, CancellationToken ct)
    {
        var shaped = PeerLinks.ShapedIn(plan.Faults);
        if (shaped.Count == 0)
        {
            return PeerLinks.None;
        }

        var network = NetworkName("default");
        var gateway = await run.Engine.Networks.GatewayAsync(network, ct) is { } address && IPAddress.TryParse(address, out var ip)
            ? ip
            : throw new InvalidOperationException($"the engine reports no gateway for network {network}, where peer links listen");
        var links = scenario.Services.Where(s => shaped.Contains(s.Name)).SelectMany(service =>
        {
            var port = clusters.Find(service.Cluster)?.PeerPort
                ?? throw new InvalidOperationException($"{service.Name}'s cluster kind '{service.Cluster}' names no peer port, so its members' traffic cannot pass a link; fix: shape the workload's link (drop 'from'), or give the kind a PeerPort");
            return service.Members.Select(m => (m, port));
        }).ToList();
        return PeerLinks.Start(
            links, gateway,
            member => members.FirstOrDefault(m => m.Name == member)?.Address ?? string.Empty,
            from => members.FirstOrDefault(m => m.Address == from.ToString())?.Name,
            plan.Seed, linkEvents);
    }

    /// <param name="info">The image as the engine describes it: its own command, which <c>args</c> extend, and its stop signal.</param>
    /// <returns>Also the command the member was given (null: its image's) and its args, which a version hop starts the new image with.</returns>
    private async Task<(ContainerSpec Spec, IReadOnlyList<PowerLossVolume> PowerLoss, IReadOnlyList<string>? Own, IReadOnlyList<string> Args)> SpecForAsync(Service service, string member, string image, ImageInfo? info, PeerLinks links, CancellationToken ct)
    {
        var volumes = new List<Mount>();
        var powerLoss = new List<PowerLossVolume>();
        foreach (var volume in service.Volumes)
        {
            var name = await run.CreateVolumeAsync(volume.Shared ? $"cb-{run.RunId}-shared-{volume.Name}" : $"cb-{run.RunId}-{member}-{volume.Name}", ct);
            if (volume.Layer != VolumeLayer.None)
            {
                powerLoss.Add(new PowerLossVolume(volume.Name, volume.Path, await LayerAsync(name, $"{member}-{volume.Name}", volume, image, ct)));
            }
            else
            {
                volumes.Add(new Mount(name, volume.Path, volume.ReadOnly));
            }
        }

        var setup = service.SetupOf(member);
        var cluster = clusters.Find(service.Cluster);
        var peerPort = cluster?.PeerPort ?? 0;
        var own = setup.Command ?? cluster?.CommandFor(service, member, new ClusterWiring(run.RunId, m => links.EndpointOf(m, peerPort)));
        var command = own ?? (setup.Args.Count > 0 ? info?.Command : null);
        var spec = new ContainerSpec
        {
            Image = image,
            Name = $"cb-{run.RunId}-{member}",
            Hostname = member,
            Command = command is null ? null : [.. command, .. setup.Args],
            Entrypoint = service.Entrypoint,
            StopSignal = info?.StopSignal,
            Environment = setup.Env,
            Volumes = volumes,
            Binds = [.. powerLoss.Select(v => new Mount(v.Mount.MountPoint, v.Target)), .. service.Binds.Select(b => new Mount(b.Source, b.Target, b.ReadOnly))],
            Tmpfs = service.Tmpfs.Select(t => t.Split(':', 2)).ToDictionary(t => t[0], t => t is [_, var options] ? options : string.Empty),
            Networks = NetworksOf(service, member),
            ExtraHosts = service.Members.Any(links.Shapes) ? links.HostsLines : [],
            Ports = service.Ports.Select(p => p.Contains('/', StringComparison.Ordinal) ? p : $"{p}/tcp").ToList(),
            Labels = new Dictionary<string, string>(service.Labels) { ["chaosbench.member"] = member, ["chaosbench.service"] = service.Name },
            CapAdd = service.CapAdd,
            PidMode = service.Pid,
            UsernsMode = service.UsernsMode,
            Devices = service.Devices,
            User = service.User,
            WorkingDirectory = service.WorkingDir,
        };
        return (spec, powerLoss, own, setup.Args);
    }

    /// <summary>The member's networks, the default one when it names none; on each it answers to its name and its aliases there.</summary>
    private List<NetworkAttachment> NetworksOf(Service service, string member) =>
        service.Networks.Count == 0
            ? [new NetworkAttachment(NetworkName("default"), [member])]
            : service.Networks.Select(n => new NetworkAttachment(NetworkName(n.Key), [member, .. n.Value])).ToList();

    /// <summary>
    /// Mounts a power-loss layer over the named volume's directory on the host, once the engine has copied the
    /// image's files at the volume's path into it (it does so when a container first mounts the volume).
    /// </summary>
    private async Task<PowerLossMount> LayerAsync(string volume, string name, Volume declared, string image, CancellationToken ct)
    {
        var seed = await run.CreateContainerAsync(new ContainerSpec { Image = image, Entrypoint = ["true"], Volumes = [new Mount(volume, declared.Path)] }, ct);
        await run.Engine.Containers.RemoveAsync(seed, ct);
        var backing = await run.Engine.Volumes.MountpointAsync(volume, ct);
        if (!Directory.Exists(backing))
        {
            throw new PowerLossException($"volume {volume} keeps its data at {backing} on the engine's host, which this machine cannot see; fix: power-loss volumes need a local engine: run chaosbench as root on the engine's host (unset DOCKER_HOST)");
        }

        return mounts.Mount(name, backing, new LayerOptions { WriteThrough = declared.Layer == VolumeLayer.Faults, Writeback = declared.Writeback, DirectoryDurability = declared.StrictDirectories ? DirectoryDurability.Strict : DirectoryDurability.Immediate });
    }
}
