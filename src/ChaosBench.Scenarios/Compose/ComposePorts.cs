using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// <c>ports</c>, short (<c>"8080:80"</c>, <c>"127.0.0.1:8080:80/udp"</c>, <c>"80"</c>) or long (<c>{ target, published,
/// protocol, host_ip }</c>). Only the container port and protocol are kept (<c>80</c>, <c>53/udp</c>): the harness
/// publishes on 127.0.0.1 at a port the engine picks, so parallel runs never collide.
/// </summary>
internal static class ComposePorts
{
    private static readonly FieldReaders<Port> LongFields = new()
    {
        ["target"] = (c, node, path, p) => (p.Target, p.TargetNode) = (c.Text(node, path), node),
        ["protocol"] = (c, node, path, p) => p.Protocol = c.Text(node, path) ?? p.Protocol,
        ["published"] = (c, node, path, _) => c.Text(node, path),
        ["host_ip"] = (c, node, path, _) => c.Text(node, path),
    };

    public static void Read(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        foreach (var (item, itemPath) in context.Items(node, path, "- \"8080:80\""))
        {
            var port = new Port();
            if (item is YamlMappingNode fields)
            {
                ComposeKeys.Fill(context, fields, itemPath, LongFields, port, $"in a port of service '{service.Name}'", ComposeKeys.NoReasons);
                if (port.TargetNode is null)
                {
                    context.Error(item, itemPath, "a port needs a target, the container port", "write e.g. '{ target: 80, published: 8080 }'");
                    continue;
                }
            }
            else if (context.Text(item, itemPath) is { } text)
            {
                var slash = text.LastIndexOf('/');
                (port.Target, port.Protocol) = slash < 0 ? (text, port.Protocol) : (text[..slash], text[(slash + 1)..]);
                if (port.Target.Contains('-', StringComparison.Ordinal))
                {
                    context.Error(item, itemPath, $"'{text}' is a port range, which is not supported", "write one port per item, e.g. '- \"8080:80\"'");
                    continue;
                }

                port.Target = port.Target[(port.Target.LastIndexOf(':') + 1)..];
            }

            if (Kept(context, item, itemPath, port) is { } kept)
            {
                context.Map.Add(Paths.Item(path, service.Options.Ports.Count), item);
                service.Options.Ports.Add(kept);
            }
        }
    }

    /// <summary><c>80</c> for TCP, <c>53/udp</c> otherwise; null after reporting a port or protocol that is not one.</summary>
    private static string? Kept(ReadContext context, YamlNode node, string path, Port port)
    {
        if (port.Target is null)
        {
            return null;
        }

        if (!int.TryParse(port.Target, out var number) || number is < 1 or > 65535)
        {
            context.Error(port.TargetNode ?? node, path, $"'{Excerpt.Of(port.Target ?? string.Empty)}' is not a container port", "write a port from 1 to 65535, e.g. '- \"8080:80\"' or '- 53/udp'");
            return null;
        }

        if (port.Protocol is not ("tcp" or "udp" or "sctp"))
        {
            context.Error(node, path, $"'{Excerpt.Of(port.Protocol)}' is not a protocol", "write tcp, udp or sctp");
            return null;
        }

        return port.Protocol == "tcp" ? $"{number}" : $"{number}/{port.Protocol}";
    }

    private sealed class Port
    {
        public string? Target { get; set; }

        public YamlNode? TargetNode { get; set; }

        public string Protocol { get; set; } = "tcp";
    }
}
