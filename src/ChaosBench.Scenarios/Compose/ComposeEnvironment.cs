using ChaosBench.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary><c>environment</c>, <c>env_file</c> and <c>labels</c>: variables and labels, as a mapping or as <c>KEY=VALUE</c> items.</summary>
internal static class ComposeEnvironment
{
    private static readonly FieldReaders<EnvFile> EnvFileFields = new()
    {
        ["path"] = (c, node, path, f) => f.Path = c.Text(node, path),
        ["required"] = (c, node, path, f) => f.Required = c.Flag(node, path) ?? true,
    };

    /// <summary>A variable written without a value takes the environment's, and is left out when that is unset, as Compose does.</summary>
    public static void ReadEnvironment(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        var env = ComposeServiceReader.Option(path, "env");
        context.Map.Add(env, node);
        foreach (var (key, value, at) in Pairs(context, node, path, "{ POSTGRES_PASSWORD: secret }"))
        {
            if ((value ?? service.Compose.Lookup(key)) is { } text)
            {
                service.Options.Env[key] = text;
                context.Map.Add(Paths.Child(env, key), at);
            }
        }
    }

    /// <summary>A label written without a value is empty.</summary>
    public static void ReadLabels(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        foreach (var (key, value, _) in Pairs(context, node, path, "{ tier: front }"))
        {
            service.Options.Labels[key] = value ?? string.Empty;
        }
    }

    /// <summary>One file, or a list of files or <c>{ path, required }</c>; relative to the Compose file; a later file wins.</summary>
    public static void ReadEnvFiles(ReadContext context, YamlNode node, string path, ComposeService service)
    {
        IEnumerable<(YamlNode Item, string Path)> entries = node is YamlScalarNode ? [(node, path)] : context.Items(node, path, "- db.env");
        foreach (var (item, itemPath) in entries)
        {
            var file = new EnvFile();
            if (item is YamlMappingNode fields)
            {
                ComposeKeys.Fill(context, fields, itemPath, EnvFileFields, file, $"in an env_file of service '{service.Name}'");
            }
            else
            {
                file.Path = context.Text(item, itemPath);
            }

            if (file.Path is null)
            {
                continue;
            }

            var full = service.Compose.Relative(file.Path);
            if (service.Compose.Folder.Outside(full) is not null)
            {
                var (message, fix) = service.Compose.Folder.Refusal("env_file", file.Path, full);
                context.Error(item, itemPath, message, fix);
            }
            else if (File.Exists(full))
            {
                foreach (var (key, value) in DotEnv.Read(context, full, SourceText.Read(full), service.Compose.Lookup, service.Compose.Secrets))
                {
                    service.FileEnv[key] = value;
                }
            }
            else if (file.Required)
            {
                context.Error(item, itemPath, $"env file '{full}' does not exist", $"create it (relative to the Compose file's folder), or write '{{ path: {file.Path}, required: false }}' if it is optional");
            }
        }
    }

    /// <summary>The pairs of a mapping or of a list of <c>KEY=VALUE</c>; a value not written (<c>KEY</c>, <c>KEY:</c>) is null.</summary>
    public static IEnumerable<(string Key, string? Value, YamlNode Node)> Pairs(ReadContext context, YamlNode node, string path, string example)
    {
        if (node is YamlSequenceNode)
        {
            foreach (var (item, itemPath) in context.Items(node, path, "- KEY=VALUE"))
            {
                if (context.Text(item, itemPath) is not { } text)
                {
                    continue;
                }

                var equals = text.IndexOf('=', StringComparison.Ordinal);
                if (equals == 0)
                {
                    context.Error(item, itemPath, $"'{text}' has no name before '='", "write KEY=VALUE");
                    continue;
                }

                yield return equals < 0 ? (text, null, item) : (text[..equals], text[(equals + 1)..], item);
            }
        }
        else if (context.Mapping(node, path, example) is { } map)
        {
            foreach (var (key, _, value, child) in context.Entries(map, path))
            {
                if (Nodes.IsNull(value))
                {
                    yield return (key, null, value);
                }
                else if (context.Text(value, child) is { } text)
                {
                    yield return (key, text, value);
                }
            }
        }
    }

    private sealed class EnvFile
    {
        public string? Path { get; set; }

        public bool Required { get; set; } = true;
    }
}
