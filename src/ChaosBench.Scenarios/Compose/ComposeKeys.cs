using ChaosBench.Model;
using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// The keys of a Compose mapping: those ChaosBench reads, <c>x-*</c> extensions (ignored, as Compose does), and every
/// other key, which is an error, never silently dropped: a run that quietly differs from the file proves nothing.
/// </summary>
internal static class ComposeKeys
{
    /// <summary>Why a Compose key is refused, and what to write instead, for the keys where there is a reason.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["restart"] = "the fault timeline decides when a container restarts, and a restart policy would undo kills: remove it, and write a start or restart fault",
        ["build"] = "images are built offline: name an image with 'image:', or map the image to a recipe with the scenario's 'images: { REF: { use: recipe:NAME } }'",
        ["privileged"] = "a privileged container has every capability and every device of the host, and cap_add: ALL is refused even with --allow-host, so this is too (docs/trust.md): add only the capabilities needed with 'cap_add'",
        ["network_mode"] = "refused even with --allow-host: on the host's network (or another container's) a member is out of reach of partitions, and it could reach addresses other than the run's own containers; remove it, and use 'networks:'",
        ["ipc"] = "refused even with --allow-host: a power cut must lose the member's memory, and the host's (or another container's) shared memory outlives it; remove it",
        ["extends"] = "share keys with a YAML anchor instead: 'x-common: &common { ... }' and '<<: *common' in each service",
        ["secrets"] = "mount the file with a bind instead: 'volumes: [./secret.txt:/run/secrets/NAME:ro]'",
        ["configs"] = "mount the file with a bind instead: 'volumes: [./app.conf:/etc/app/app.conf:ro]'",
        ["links"] = "services on one network reach each other by service name already: remove it",
        ["external_links"] = "a run reaches only its own services: remove it",
        ["expose"] = "services on one network reach each other on every port already: remove it",
        ["pull_policy"] = "images come from recipes, 'images:', --image or --pull: remove it",
        ["logging"] = "the harness reads every container's log through the engine: remove it",
        ["external"] = "the harness creates each run's volumes and networks, so runs never share state: remove it",
        ["driver"] = "volumes and networks are the engine's local ones (the power-loss layer wraps volumes): remove it",
        ["required"] = "every dependency must be in the file: remove it",
        ["include"] = "merge the included file into this one, or share keys with YAML anchors",
    };

    /// <summary>No reasons: for mappings whose keys mean something else than the same names elsewhere (a port's 'name').</summary>
    public static IReadOnlyDictionary<string, string> NoReasons { get; } = new Dictionary<string, string>();

    /// <summary>
    /// Fills <paramref name="target"/> from <paramref name="map"/>; a key <paramref name="fields"/> does not read is an
    /// error, with its reason from <paramref name="reasons"/> (by default, what the key means in a service or at the top).
    /// </summary>
    public static void Fill<T>(ReadContext context, YamlMappingNode map, string path, FieldReaders<T> fields, T target, string where, IReadOnlyDictionary<string, string>? reasons = null)
    {
        foreach (var (key, keyNode, value, child) in context.Entries(map, path))
        {
            if (fields.TryGetValue(key, out var read))
            {
                read(context, value, child, target);
            }
            else if (!key.StartsWith("x-", StringComparison.Ordinal))
            {
                Unsupported(context, keyNode, child, key, where, fields.Keys, reasons ?? Reasons);

                // The key meant is missing because of this one (a typo, or 'build' for 'image'): saying so would repeat it.
                if ((key is "build" or "extends" ? "image" : Names.Closest(key, fields.Keys)) is { } meant && !map.Children.ContainsKey(new YamlScalarNode(meant)))
                {
                    context.Cover(Paths.Child(path, meant));
                }
            }
        }
    }

    /// <summary>Reports <paramref name="key"/> as unsupported <paramref name="where"/> (e.g. "in service 'db'").</summary>
    private static void Unsupported(ReadContext context, YamlNode keyNode, string path, string key, string where, IReadOnlyCollection<string> supported, IReadOnlyDictionary<string, string> reasons)
    {
        var fix = reasons.GetValueOrDefault(key)
            ?? (Names.Closest(key, supported) is { } close ? $"did you mean '{close}'?" : $"remove it; ChaosBench reads: {string.Join(", ", supported)}");
        context.Error(keyNode, path, $"unsupported Compose key '{key}' {where}", fix);
    }
}
