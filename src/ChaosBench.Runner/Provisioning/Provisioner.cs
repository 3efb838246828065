using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.PowerLoss;
using ChaosBench.Runner.Clusters;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Creates the run's topology: one network, one volume per member and declared volume, one container per
/// member, named after the member on the network so peers find each other; then starts them all at once.
/// A power-loss volume is the same named volume seen through a power-loss layer bind-mounted in its place.
/// External services are not the harness's to start: they get nothing, and a scenario of only those gets no network.
/// </summary>
internal sealed class Provisioner(RunResources run, ClusterCatalog clusters, RunMounts mounts)
{
    public async Task<Deployment> StartAsync(Scenario scenario, IReadOnlyDictionary<string, string> images, CancellationToken ct)
    {
        var network = $"cb-{run.RunId}";
        var members = new List<Member>();
        var services = scenario.Services.Where(s => !s.IsExternal).ToList();
        if (services.Count == 0)
        {
            return new Deployment(network, members);
        }

        await run.CreateNetworkAsync(network, ct);
        foreach (var service in services)
        {
            foreach (var name in service.Members)
            {
                var (spec, powerLoss) = await SpecForAsync(service, name, network, images[service.Image], ct);
                var member = new Member(name, service.Name, spec) { ContainerId = await run.CreateContainerAsync(spec, ct), PowerLoss = powerLoss };
                members.Add(member);
            }
        }

        // Clustered members wait for their peers: start them together.
        await Task.WhenAll(members.Select(m => run.Engine.Containers.StartAsync(m.ContainerId, ct)));
        foreach (var member in members)
        {
            var info = await run.Engine.Containers.InspectAsync(member.ContainerId, ct);
            member.Address = info.NetworkAddresses.GetValueOrDefault(network, string.Empty);
        }

        return new Deployment(network, members);
    }

    private async Task<(ContainerSpec Spec, IReadOnlyList<PowerLossVolume> PowerLoss)> SpecForAsync(Service service, string member, string network, string image, CancellationToken ct)
    {
        var volumes = new List<Mount>();
        var powerLoss = new List<PowerLossVolume>();
        foreach (var volume in service.Volumes)
        {
            var name = await run.CreateVolumeAsync(volume.Shared ? $"cb-{run.RunId}-shared-{volume.Name}" : $"cb-{run.RunId}-{member}-{volume.Name}", ct);
            if (volume.Durability == "power-loss")
            {
                powerLoss.Add(new PowerLossVolume(volume.Name, volume.Path, await LayerAsync(name, $"{member}-{volume.Name}", volume, image, ct)));
            }
            else
            {
                volumes.Add(new Mount(name, volume.Path));
            }
        }

        var command = service.Command
            ?? clusters.Find(service.Cluster)?.CommandFor(service, member, run.RunId)
            ?? (service.Args.Count > 0 ? await ImageCommandAsync(image, ct) : null);
        var spec = new ContainerSpec
        {
            Image = image,
            Name = $"cb-{run.RunId}-{member}",
            Hostname = member,
            Command = command is null ? null : [.. command, .. service.Args],
            Environment = service.Env,
            Volumes = volumes,
            Binds = powerLoss.Select(v => new Mount(v.Mount.MountPoint, v.Target)).ToList(),
            Networks = [new NetworkAttachment(network, [member])],
            Labels = new Dictionary<string, string> { ["chaosbench.member"] = member, ["chaosbench.service"] = service.Name },
        };
        return (spec, powerLoss);
    }

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

        return mounts.Mount(name, backing, declared.Writeback);
    }

    /// <summary>The image's own command, so <c>args</c> can be appended to it.</summary>
    private async Task<IReadOnlyList<string>?> ImageCommandAsync(string image, CancellationToken ct) =>
        (await run.Engine.Images.InspectAsync(image, ct))?.Command;
}
