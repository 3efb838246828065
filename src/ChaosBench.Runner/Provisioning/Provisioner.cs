using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Runner.Clusters;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Creates the run's topology: one network, one volume per member and declared volume, one container per
/// member, named after the member on the network so peers find each other; then starts them all at once.
/// </summary>
internal sealed class Provisioner(RunResources run, ClusterCatalog clusters)
{
    public async Task<Deployment> StartAsync(Scenario scenario, IReadOnlyDictionary<string, string> images, CancellationToken ct)
    {
        var network = $"cb-{run.RunId}";
        await run.CreateNetworkAsync(network, ct);
        var members = new List<Member>();
        foreach (var service in scenario.Services)
        {
            foreach (var name in service.Members)
            {
                var spec = await SpecForAsync(service, name, network, images[service.Image], ct);
                var member = new Member(name, service.Name, spec) { ContainerId = await run.CreateContainerAsync(spec, ct) };
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

    private async Task<ContainerSpec> SpecForAsync(Service service, string member, string network, string image, CancellationToken ct)
    {
        var volumes = new List<Mount>();
        foreach (var volume in service.Volumes)
        {
            var name = await run.CreateVolumeAsync($"cb-{run.RunId}-{member}-{volume.Name}", ct);
            volumes.Add(new Mount(name, volume.Path));
        }

        var command = service.Command
            ?? clusters.Find(service.Cluster)?.CommandFor(service, member, run.RunId)
            ?? (service.Args.Count > 0 ? await ImageCommandAsync(image, ct) : null);
        return new ContainerSpec
        {
            Image = image,
            Name = $"cb-{run.RunId}-{member}",
            Hostname = member,
            Command = command is null ? null : [.. command, .. service.Args],
            Environment = service.Env,
            Volumes = volumes,
            Networks = [new NetworkAttachment(network, [member])],
            Labels = new Dictionary<string, string> { ["chaosbench.member"] = member, ["chaosbench.service"] = service.Name },
        };
    }

    /// <summary>The image's own command, so <c>args</c> can be appended to it.</summary>
    private async Task<IReadOnlyList<string>?> ImageCommandAsync(string image, CancellationToken ct) =>
        (await run.Engine.Images.InspectAsync(image, ct))?.Command;
}
