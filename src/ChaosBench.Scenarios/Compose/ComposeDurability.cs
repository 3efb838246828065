using ChaosBench.Model.Options;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// The scenario's <c>durability: { SERVICE: { /path: power-loss } }</c>: the mount a Compose service has at that path
/// (a bind, a named or an anonymous volume) becomes a volume of the member's own on the power-loss layer, so a
/// vendor's file takes a power cut without being edited. The data then no longer lands where the file puts it, so
/// each one is an override line like the file's own.
/// </summary>
internal static class ComposeDurability
{
    public const string Key = "durability";

    /// <param name="composed">The services the Compose file gave, or null when the scenario names none.</param>
    public static void Apply(ReadContext context, YamlMappingNode root, ScenarioOptions options, IReadOnlyCollection<string>? composed)
    {
        if (root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: Key }) is not { Key: { } keyNode, Value: { } value })
        {
            return;
        }

        if (composed is null)
        {
            context.Error(keyNode, Key, "durability: is for the services of a Compose file, and this scenario names none", "declare the volume under services: with 'durability: power-loss', e.g. volumes: { data: { path: /var/lib/db, durability: power-loss } }");
            return;
        }

        if (context.Mapping(value, Key, "{ etcd: { /etcd: power-loss } }") is not { } services)
        {
            return;
        }

        foreach (var (name, nameNode, paths, servicePath) in context.Entries(services, Key))
        {
            if (!composed.Contains(name) || !options.Services.TryGetValue(name, out var service))
            {
                var fix = options.Services.ContainsKey(name)
                    ? $"declare it on the service's own volume: volumes: {{ data: {{ path: /data, durability: power-loss }} }}"
                    : $"name a service of the Compose file: {string.Join(", ", composed)}";
                context.Error(nameNode, servicePath, $"durability: '{name}' is not a service of the Compose file", fix);
                continue;
            }

            if (context.Mapping(paths, servicePath, "{ /etcd: power-loss }") is not { } mounts)
            {
                continue;
            }

            foreach (var (target, targetNode, durability, mountPath) in context.Entries(mounts, servicePath))
            {
                if (context.Text(durability, mountPath) is not { } written)
                {
                    continue;
                }

                if (written != "power-loss")
                {
                    context.Error(durability, mountPath, $"durability '{written}' is not one a Compose mount can be given", "write power-loss; a mount the scenario does not name stays as the file has it");
                    continue;
                }

                if (PowerLoss(context, options, name, service, target) is { } error)
                {
                    context.Error(targetNode, mountPath, error.Message, error.Fix);
                }
            }
        }
    }

    /// <summary>Puts the mount at <paramref name="target"/> on the power-loss layer; what stands in the way, if anything.</summary>
    private static (string Message, string Fix)? PowerLoss(ReadContext context, ScenarioOptions options, string name, ServiceOptions service, string target)
    {
        var mounts = service.Binds.Select(b => b.Target).Concat(service.Volumes.Values.Select(v => v.Path)).OfType<string>().ToList();
        var missing = ($"service '{name}' mounts nothing at {target} in the Compose file", mounts.Count == 0 ? "mount the data path in the Compose file, then name it here" : $"name one of its mounts: {string.Join(", ", mounts)}");

        var bind = service.Binds.FindIndex(b => b.Target == target);
        if (bind >= 0)
        {
            var binds = Paths.Child(Paths.Child("services", name), "binds");
            var volume = Paths.Child(Paths.Child("services", name), "volumes");
            var volumeName = Unused(service, target);
            context.Map.Import(context.Map, Paths.Item(binds, bind), Paths.Child(volume, volumeName));

            // Later binds move up one: each keeps where it was written.
            for (var i = bind + 1; i < service.Binds.Count; i++)
            {
                context.Map.Import(context.Map, Paths.Item(binds, i), Paths.Item(binds, i - 1));
            }

            var readOnly = service.Binds[bind].ReadOnly;
            service.Binds.RemoveAt(bind);
            service.Volumes[volumeName] = new VolumeOptions { Path = target, Durability = "power-loss", ReadOnly = readOnly };
            options.Overrides.Add($"{name}: the bind at {target} is a volume of the member's own on the power-loss layer (the scenario's durability:) — a power cut drops what was not fsynced, and the data does not land in the bind's folder");
            return null;
        }

        if (service.Volumes.FirstOrDefault(v => v.Value.Path == target) is not { Value: { } found, Key: { } key })
        {
            return missing;
        }

        if (found.Shared && options.Services.FirstOrDefault(s => s.Key != name && s.Value.Volumes.TryGetValue(key, out var other) && other.Shared) is { Key: { } sharer })
        {
            return ($"volume '{key}' at {target} is shared with service '{sharer}': a power cut hits one member, and the share is every member's", "give this service a volume or a bind of its own for its data");
        }

        var what = found.Shared ? $"volume {key}" : "the anonymous volume";
        found.Shared = false;
        found.Durability = "power-loss";
        options.Overrides.Add($"{name}: {what} at {target} is on the power-loss layer (the scenario's durability:) — a power cut drops what was not fsynced");
        return null;
    }

    /// <summary>A volume name for the data at <paramref name="target"/>: its last folder's name, made unique in the service.</summary>
    private static string Unused(ServiceOptions service, string target)
    {
        var last = new string(target.TrimEnd('/').Split('/')[^1].Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray());
        var stem = last.Length > 0 && char.IsAsciiLetterOrDigit(last[0]) ? last : "data";
        return Enumerable.Range(1, service.Volumes.Count + 1).Select(i => i == 1 ? stem : $"{stem}-{i}").First(n => !service.Volumes.ContainsKey(n));
    }
}
