namespace ChaosBench.Engine.Docker;

/// <summary>The JSON body of <c>POST /containers/create</c> for a <see cref="ContainerSpec"/>.</summary>
internal static class ContainerBody
{
    public static object From(ContainerSpec spec)
    {
        var first = spec.Networks.Count > 0 ? spec.Networks[0] : null;
        return new
        {
            spec.Image,
            spec.Hostname,
            Cmd = spec.Command,
            Entrypoint = spec.Entrypoint,
            Env = spec.Environment.Select(e => $"{e.Key}={e.Value}").ToArray(),
            Labels = spec.Labels,
            ExposedPorts = spec.Ports.ToDictionary(p => p, _ => new { }),
            spec.User,
            WorkingDir = spec.WorkingDirectory,
            HostConfig = new
            {
                Binds = spec.Binds.Select(b => $"{b.Source}:{b.Target}{(b.ReadOnly ? ":ro" : string.Empty)}").ToArray(),
                Mounts = spec.Volumes.Select(v => new { Type = "volume", v.Source, v.Target, v.ReadOnly }).ToArray(),
                CapAdd = spec.CapAdd,
                spec.Tmpfs,
                PortBindings = spec.Ports.ToDictionary(p => p, _ => new[] { new { HostIp = "127.0.0.1", HostPort = string.Empty } }),
                spec.Init,
                NetworkMode = spec.NetworkMode ?? first?.Network,
            },
            NetworkingConfig = first is null
                ? null
                : new { EndpointsConfig = new Dictionary<string, object> { [first.Network] = new { first.Aliases } } },
        };
    }
}
