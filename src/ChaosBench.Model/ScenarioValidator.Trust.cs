using System.Text.RegularExpressions;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>
/// The trust model (docs/trust.md), at lint time: what of the host a scenario reaches. Binds come from the scenario's
/// folder tree and never hand over the engine's socket; tarballs come from there too; a fault that changes a member's
/// file (its options are <see cref="IMemberFileOptions"/>: delete-path, bitflip, truncate, zero-sector) changes it only
/// inside a member's named volumes; a recipe is a name or a file in the scenario's folder tree. <c>--allow-host</c> lifts the
/// bind, tarball, recipe file and fault path rules; capabilities that break a container's isolation are refused either way.
/// </summary>
public static partial class ScenarioValidator
{
    private const string AllowHost = "run with --allow-host if you mean it (docs/trust.md)";

    /// <summary>Each capability that lets a container reach past its isolation, and what it lets it do.</summary>
    private static readonly Dictionary<string, string> IsolationBreaking = new(StringComparer.Ordinal)
    {
        ["ALL"] = "grants every capability",
        ["SYS_ADMIN"] = "mounts file systems, the host's included, and leaves the container's namespaces",
        ["SYS_MODULE"] = "loads modules into the host's kernel",
        ["SYS_PTRACE"] = "traces and changes other processes",
        ["SYS_RAWIO"] = "reads and writes raw devices and I/O ports",
        ["DAC_READ_SEARCH"] = "opens any file of the host by its handle",
        ["SYS_BOOT"] = "reboots the host",
    };

    private static void ValidateTrust(ScenarioOptions scenario, Vocabulary kinds, HostAccess host, List<ScenarioError> errors)
    {
        foreach (var (name, service) in scenario.Services.Where(s => s.Value.External is null))
        {
            ValidateCapabilities($"services.{name}", service, errors);
            ValidateHostShares($"services.{name}", service, host, errors);
            if (!host.AllowHost)
            {
                ValidateBinds($"services.{name}", service, host, errors);
            }
        }

        ValidateRecipes(scenario, kinds, host, errors);
        if (!host.AllowHost)
        {
            ValidateTarballs(scenario, host, errors);
            ValidateFaultPaths(scenario, kinds, errors);
        }
    }

    private static void ValidateCapabilities(string path, ServiceOptions service, List<ScenarioError> errors)
    {
        foreach (var capability in service.CapAdd)
        {
            var name = capability.ToUpperInvariant() is var upper && upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper[4..] : upper;
            if (IsolationBreaking.TryGetValue(name, out var does))
            {
                errors.Add(new($"{path}.cap-add", $"cap-add {capability} breaks the container's isolation from the host (it {does}); ChaosBench refuses it, with --allow-host too", "remove it; add only what the product needs and cannot break out with, e.g. NET_ADMIN"));
            }
        }
    }

    /// <summary>
    /// The host's process or user namespace and its devices: the harness keeps control of such a member (a kill reaches
    /// its cgroup's processes, partitions its networks), so they are host access, lifted by --allow-host like a bind.
    /// </summary>
    private static void ValidateHostShares(string path, ServiceOptions service, HostAccess host, List<ScenarioError> errors)
    {
        foreach (var (key, value, gives) in new[] { ("pid", service.Pid, "the host's process namespace: it sees every process of the host and can signal them"), ("userns-mode", service.UsernsMode, "the host's user namespace: its root is the host's root where the engine remaps users") })
        {
            if (value is null)
            {
                continue;
            }

            if (value != "host")
            {
                errors.Add(new($"{path}.{key}", $"{key}: {value} is not supported: a member has its own namespace, or with --allow-host the host's", "remove it, or write 'host' and run with --allow-host"));
            }
            else if (!host.AllowHost)
            {
                errors.Add(new($"{path}.{key}", $"{key}: host gives the member {gives}", $"remove it, or {AllowHost}"));
            }
        }

        for (var i = 0; i < service.Devices.Count; i++)
        {
            var parts = service.Devices[i].Split(':');
            if (parts.Length > 3 || !parts.Take(2).All(p => p.StartsWith('/')) || (parts.Length == 3 && (parts[2].Length == 0 || parts[2].Any(c => c is not ('r' or 'w' or 'm')))))
            {
                errors.Add(new($"{path}.devices[{i}]", $"'{service.Devices[i]}' is not a device", "write HOST[:CONTAINER[:PERMISSIONS]] with absolute paths, e.g. /dev/fuse or /dev/sdb:/dev/xvdb:rw"));
            }
            else if (!host.AllowHost)
            {
                errors.Add(new($"{path}.devices[{i}]", $"the device {service.Devices[i]} gives the member the host's device itself, past the volumes and the power-loss layer", $"remove it, or {AllowHost}"));
            }
        }
    }

    private static void ValidateBinds(string path, ServiceOptions service, HostAccess host, List<ScenarioError> errors)
    {
        for (var i = 0; i < service.Binds.Count; i++)
        {
            if (service.Binds[i].Source is not ['/', ..] source)
            {
                continue;
            }

            var resolved = host.Resolve(source);
            var leads = resolved == HostAccess.Lexical(source) ? string.Empty : $" (which leads to {resolved})";
            if (host.EngineSockets.Select(host.Resolve).Any(socket => HostAccess.IsUnder(socket, resolved)))
            {
                errors.Add(new($"{path}.binds[{i}]", $"the bind of {source}{leads} hands the container the engine's socket, and with it root on the host", $"remove it: products run under the harness, they do not drive the engine; or {AllowHost}"));
            }
            else if (host.Folder is { } folder && !HostAccess.IsUnder(resolved, folder))
            {
                errors.Add(new($"{path}.binds[{i}]", $"the bind of {source}{leads} is outside the scenario's folder {folder}: a scenario reaches the host only inside its own folder tree", $"put what it mounts under {folder} and bind it from there (Compose: './conf:/etc/app'), or {AllowHost}"));
            }
        }
    }

    private static void ValidateTarballs(ScenarioOptions scenario, HostAccess host, List<ScenarioError> errors)
    {
        foreach (var (reference, source) in scenario.Images.Where(i => !string.IsNullOrWhiteSpace(i.Value.Tarball)))
        {
            if (host.Outside(source.Tarball!) is { } file)
            {
                var leads = file == source.Tarball ? string.Empty : $" ({file})";
                errors.Add(new($"images.{reference}.tarball", $"the tarball {source.Tarball}{leads} is outside the scenario's folder {host.Folder}: a scenario reads files only inside its own folder tree", $"keep it under {host.Folder}, give it on the command line with --image {reference}=FILE.tar, or {AllowHost}"));
            }
        }
    }

    /// <summary>A fault that changes a member's file: the path, its '..' resolved, lies in a named volume of every service the fault may hit.</summary>
    private static void ValidateFaultPaths(ScenarioOptions scenario, Vocabulary kinds, List<ScenarioError> errors)
    {
        foreach (var (i, fault, service) in ServicesHit(scenario, kinds))
        {
            if (service is null || fault.Options is not IMemberFileOptions { Path: ['/', ..] written })
            {
                continue;
            }

            // An external service has no files to reach: that the fault cannot target it is said once, for its target.
            var names = scenario.Groups.TryGetValue(service, out var group) ? group.Where(scenario.Services.ContainsKey).ToList() : [service];
            if (names.FirstOrDefault(n => scenario.Services[n].External is null && !InNamedVolume(scenario.Services[n], HostAccess.Lexical(written))) is { } outside)
            {
                errors.Add(FaultPathError($"faults[{i}].{fault.Kind}.path", fault.Kind!, written, outside, scenario.Services[outside]));
            }
        }
    }

    private static bool InNamedVolume(ServiceOptions service, string path) =>
        service.Volumes.Values.Any(v => v.Path is ['/', ..] mount && HostAccess.IsUnder(path, HostAccess.Lexical(mount)));

    private static ScenarioError FaultPathError(string path, string kind, string written, string name, ServiceOptions service)
    {
        var resolved = HostAccess.Lexical(written);
        var shown = resolved == written ? written : $"{written} (that is {resolved})";
        var volumes = service.Volumes.Select(v => $"{v.Key}: {v.Value.Path}").ToList();
        var bind = service.Binds.FirstOrDefault(b => b.Target is ['/', ..] t && HostAccess.IsUnder(resolved, HostAccess.Lexical(t)));
        var where = bind is null ? string.Empty : $"; {bind.Target} is a bind of the host's {bind.Source}, not a volume";
        var fix = volumes.Count == 0
            ? $"declare the data {name} keeps under 'volumes:', e.g. 'data: /var/lib/{name}', and name a path in it"
            : $"name a path in one of its named volumes ({string.Join(", ", volumes)})";
        return new(path, $"{kind} {shown} is in none of {name}'s named volumes{where}: a fault changes only what a member keeps in its volumes, never the host's files", bind is null ? fix : $"{fix}, or {AllowHost}");
    }

    /// <summary>A recipe is named by its name, or by a file inside the scenario's folder tree (<c>recipe:./recipes/nats.yaml</c>).</summary>
    private static void ValidateRecipes(ScenarioOptions scenario, Vocabulary kinds, HostAccess host, List<ScenarioError> errors)
    {
        var images = scenario.Services.Where(s => s.Value.Image is not null).Select(s => ($"services.{s.Key}.image", s.Value.Image!))
            .Concat(scenario.Faults.SelectMany((f, i) => kinds.Faults.Find(f.Kind) is { } kind && f.Options?.GetType() == kind.OptionsType ? kind.Images(f.Options).Select(image => ($"faults[{i}].{f.Kind}", image)) : []))
            .Concat(scenario.Images.Where(i => i.Value.Use is not null).Select(i => ($"images.{i.Key}.use", i.Value.Use!)));
        foreach (var (path, image) in images)
        {
            // A placeholder left unexpanded (an unset variable) is reported for its variable already.
            if (Service.RecipeOf(image) is not { } recipe || recipe.Contains('$', StringComparison.Ordinal))
            {
                continue;
            }

            if (RecipeReference.IsFile(recipe))
            {
                if (!host.AllowHost && host.Outside(recipe) is { } file)
                {
                    var leads = file == recipe ? string.Empty : $" (that is {file})";
                    errors.Add(new(path, $"the recipe file {recipe}{leads} is outside the scenario's folder {host.Folder}: a scenario reads files only inside its own folder tree", $"keep the recipe under {host.Folder} (e.g. recipes/NAME.yaml, named recipe:NAME), or {AllowHost}"));
                }
            }
            else if (!RecipeName().IsMatch(recipe) || recipe.Contains("..", StringComparison.Ordinal))
            {
                errors.Add(new(path, $"'{recipe}' is not a recipe's name: a recipe is named by its file's name, NAME for recipes/NAME.yaml", "write e.g. 'recipe:etcd-3.4', or a file by its path: 'recipe:./recipes/NAME.yaml'; chaosbench images list shows them"));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex RecipeName();
}
