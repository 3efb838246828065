using ChaosBench.Model.Options;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Reading;

/// <summary><c>env:</c>, each value text or <c>{ value: ..., secret: true }</c>.</summary>
internal static partial class ServiceReader
{
    private static FieldReaders<EnvValue> EnvValueFields { get; } = new()
    {
        ["value"] = (c, node, path, v) => v.Value = c.Text(node, path),
        ["secret"] = (c, node, path, v) => v.Secret = c.Flag(node, path) ?? false,
    };

    private static void ReadEnv(ReadContext context, YamlNode node, string path, ServiceOptions service)
    {
        if (context.Mapping(node, path, "{ ETCD_LOG_LEVEL: debug }") is not { } map)
        {
            return;
        }

        foreach (var (name, _, value, valuePath) in context.Entries(map, path))
        {
            if (value is not YamlMappingNode fields)
            {
                service.Env[name] = context.Text(value, valuePath) ?? string.Empty;
                continue;
            }

            var entry = new EnvValue();
            context.Fill(fields, valuePath, EnvValueFields, entry, $"env value '{name}'");
            if (entry.Value is null)
            {
                context.Error(fields, valuePath, $"env value '{name}' needs a value", $"write e.g. '{name}: {{ value: \"${{PG_PASSWORD}}\", secret: true }}', or the value alone");
            }

            service.Env[name] = entry.Value ?? string.Empty;
            if (entry.Secret)
            {
                service.SecretEnv.Add(name);
            }
        }
    }

    private sealed class EnvValue
    {
        public string? Value { get; set; }

        public bool Secret { get; set; }
    }
}
