using System.Text;
using ChaosBench.Model;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Cli;

/// <summary>
/// The services as a run will create them, for <c>plan</c>: after a Compose file's interpolation and the scenario's
/// image overrides, so what is printed is what starts. Values of variables named like secrets, or marked secret, are not printed.
/// </summary>
internal static class ServicesSection
{
    public static void Append(StringBuilder text, Scenario scenario)
    {
        text.Append(scenario.Compose is { } compose ? $"services (with {compose}):\n" : "services:\n");
        var secrets = Redactor.For(scenario);
        foreach (var service in scenario.Services)
        {
            text.Append($"  {service.Name}: {Image(scenario, service)}{Members(service)}\n");
            foreach (var (key, value) in Details(service, secrets).Where(d => d.Value.Length > 0))
            {
                text.Append($"    {key}: {value}\n");
                foreach (var line in PerMember(service, key, secrets))
                {
                    text.Append($"      {line}\n");
                }
            }
        }

        foreach (var (group, services) in scenario.Groups)
        {
            text.Append($"  group {group}: {string.Join(", ", services)}\n");
        }

        Lines(text, $"overrides (where the run differs from {scenario.Compose}):", scenario.Overrides);
        Lines(text, "unset variables (read as empty, as Compose reads them; certify and run --strict-env refuse them):", scenario.UnsetVariables);
    }

    private static void Lines(StringBuilder text, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count > 0)
        {
            text.Append(heading).Append('\n');
            foreach (var line in lines)
            {
                text.Append($"  {line}\n");
            }
        }
    }

    private static string Image(Scenario scenario, Service service) =>
        service.IsExternal ? "external" : scenario.Resolve(service.Image) is var used && used != service.Image ? $"{service.Image} → {used} (images: use)" : service.Image;

    private static string Members(Service service) =>
        service.Replicas > 1 ? $" ×{service.Replicas}{(service.Cluster is { } c ? $", cluster {c}" : string.Empty)}: {string.Join(", ", service.Members)}" : string.Empty;

    private static IEnumerable<(string Key, string Value)> Details(Service service, Redactor secrets)
    {
        yield return ("entrypoint", Words(service.Entrypoint));
        yield return ("command", Command(service.Command, service.Args));
        yield return ("env", Env(service.Env, secrets));
        yield return ("volumes", string.Join(", ", service.Volumes.Select(Volume).Concat(service.Binds.Select(b => $"{b.Source}:{b.Target}{(b.ReadOnly ? ":ro" : string.Empty)} (bind)")).Concat(service.Tmpfs.Select(t => $"{t} (tmpfs)"))));
        yield return ("networks", string.Join(", ", service.Networks.Select(n => n.Value.Count > 0 ? $"{n.Key} (also {string.Join(", ", n.Value)})" : n.Key)));
        yield return ("depends on", string.Join(", ", service.DependsOn.Select(d => $"{d.Key} ({d.Value})")));
        yield return ("ports", service.Ports.Count > 0 ? $"{string.Join(", ", service.Ports)} on 127.0.0.1, host ports picked by the engine" : string.Empty);
        yield return ("cap-add", string.Join(", ", service.CapAdd));
        yield return ("pid", service.Pid is { } pid ? $"{pid} (host access: its processes share the host's process namespace)" : string.Empty);
        yield return ("userns-mode", service.UsernsMode is { } userns ? $"{userns} (host access: the host's user namespace)" : string.Empty);
        yield return ("devices", service.Devices.Count > 0 ? $"{string.Join(", ", service.Devices)} (host access: the host's devices)" : string.Empty);
        yield return ("user", service.User ?? string.Empty);
        yield return ("working-dir", service.WorkingDir ?? string.Empty);
        yield return ("labels", string.Join(", ", service.Labels.Select(l => $"{l.Key}={l.Value}")));
        yield return ("ready", Ready(service.Ready));
    }

    /// <summary>
    /// Under a field with member placeholders, what each member gets (<see cref="Service.SetupOf"/>, as the run
    /// expands it). A readiness URL's <c>{self}</c> alone is no reason: like any <c>{NAME}</c> in a URL, it is an address.
    /// </summary>
    private static IEnumerable<string> PerMember(Service service, string key, Redactor secrets)
    {
        var templated = !service.Verbatim && key switch
        {
            "command" => (service.Command ?? []).Concat(service.Args).Any(w => MemberPlaceholders.Has(w)),
            "env" => service.Env.Values.Any(v => MemberPlaceholders.Has(v)),
            "ready" => service.Ready is { } r && (r.Exec ?? []).Append(r.Log ?? string.Empty).Any(w => MemberPlaceholders.Has(w)) | MemberPlaceholders.Has(r.Http ?? string.Empty, ignoreSelf: true),
            _ => false,
        };
        foreach (var setup in templated ? service.Members.Select(m => service.SetupOf(m)) : [])
        {
            yield return $"{setup.Member}: {key switch { "command" => Command(setup.Command, setup.Args), "env" => Env(setup.Env, secrets), _ => Ready(setup.Ready) }}";
        }
    }

    private static string Command(IReadOnlyList<string>? command, IReadOnlyList<string> args) =>
        Words(command is not null ? [.. command, .. args] : args.Count > 0 ? ["(image's)", .. args] : null);

    private static string Env(IReadOnlyDictionary<string, string> env, Redactor secrets) =>
        string.Join(", ", env.Select(e => $"{e.Key}={(secrets.IsSecretName(e.Key) ? "(secret, not shown)" : secrets.Redact(e.Value))}"));

    private static string Ready(Readiness? ready) =>
        ready is { } r ? $"{(r.Http is { } http ? $"http {http}" : r.Exec is { } exec ? $"exec {Words(exec)}" : $"log /{r.Log}/")}, within {Durations.Format(r.Within)}" : string.Empty;

    private static string Volume(Volume v) =>
        $"{v.Name}:{v.Path}{(v.ReadOnly ? ":ro" : string.Empty)}{(v.Shared ? " (shared)" : string.Empty)}{v.Layer switch { VolumeLayer.PowerLoss => " (power-loss)", VolumeLayer.Faults => " (faults)", _ => string.Empty }}";

    private static string Words(IReadOnlyList<string>? words) =>
        words is null ? string.Empty : string.Join(' ', words.Select(w => w.Length == 0 || w.Any(char.IsWhiteSpace) ? $"\"{w}\"" : w));
}
