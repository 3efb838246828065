using Docker.DotNet.Models;

namespace ChaosBench.Engine.Docker;

/// <summary>The library's create parameters for a <see cref="ContainerSpec"/>: everything the spec sets, nothing more.</summary>
internal static class ContainerParameters
{
    public static CreateContainerParameters From(ContainerSpec spec)
    {
        var first = spec.Networks.Count > 0 ? spec.Networks[0] : null;
        return new CreateContainerParameters
        {
            Name = spec.Name,
            Image = spec.Image,
            Hostname = spec.Hostname ?? string.Empty,
            Cmd = spec.Command?.ToList(),
            Entrypoint = spec.Entrypoint?.ToList(),
            Env = spec.Environment.Select(e => $"{e.Key}={e.Value}").ToList(),
            Labels = spec.Labels.ToDictionary(),
            ExposedPorts = spec.Ports.ToDictionary(p => p, _ => default(EmptyStruct)),
            User = spec.User ?? string.Empty,
            WorkingDir = spec.WorkingDirectory ?? string.Empty,
            StopSignal = spec.StopSignal ?? string.Empty,
            HostConfig = new HostConfig
            {
                Binds = spec.Binds.Select(b => $"{b.Source}:{b.Target}{(b.ReadOnly ? ":ro" : string.Empty)}").ToList(),
                Mounts = spec.Volumes.Select(v => new global::Docker.DotNet.Models.Mount { Type = "volume", Source = v.Source, Target = v.Target, ReadOnly = v.ReadOnly }).ToList(),
                CapAdd = spec.CapAdd.ToList(),
                ExtraHosts = spec.ExtraHosts.ToList(),
                PidMode = spec.PidMode ?? string.Empty,
                UsernsMode = spec.UsernsMode ?? string.Empty,
                Devices = spec.Devices.Select(Device).ToList(),
                Tmpfs = spec.Tmpfs.ToDictionary(),
                PortBindings = spec.Ports.ToDictionary(p => p, IList<PortBinding> (_) => [new PortBinding { HostIP = "127.0.0.1", HostPort = string.Empty }]),
                Init = spec.Init,
                NetworkMode = spec.NetworkMode ?? first?.Network ?? string.Empty,
            },
            NetworkingConfig = first is null
                ? null
                : new NetworkingConfig { EndpointsConfig = new Dictionary<string, EndpointSettings> { [first.Network] = new() { Aliases = first.Aliases.ToList() } } },
        };
    }

    /// <summary><c>HOST[:CONTAINER[:PERMISSIONS]]</c>, as Compose and <c>docker run --device</c> write it.</summary>
    private static DeviceMapping Device(string device) => device.Split(':', 3) switch
    {
        [var host] => new DeviceMapping { PathOnHost = host, PathInContainer = host, CgroupPermissions = "rwm" },
        [var host, var container] => new DeviceMapping { PathOnHost = host, PathInContainer = container, CgroupPermissions = "rwm" },
        [var host, var container, var permissions] => new DeviceMapping { PathOnHost = host, PathInContainer = container, CgroupPermissions = permissions },
        _ => throw new ArgumentException($"'{device}' is not a device", nameof(device)),
    };
}
