using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Model.Redaction;
using ChaosBench.Scenarios.Reading;
using ChaosBench.Scenarios.Trust;
using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Compose;

/// <summary>
/// A scenario's <c>compose: FILE</c>: the file, relative to the scenario's folder, read, and its services and
/// networks joined to the scenario's. Its errors, and the validator's errors about its services, name the Compose file.
/// </summary>
internal static class ComposeImport
{
    /// <param name="strict">An unset variable is an error, not empty (<c>certify</c>, <c>run --strict-env</c>).</param>
    /// <param name="secrets">Told of every value the Compose file interpolates from a secret.</param>
    /// <returns>The services the file gave; null when it could not be read.</returns>
    public static IReadOnlyCollection<string>? Merge(ReadContext context, YamlMappingNode root, ScenarioOptions options, Func<string, string?> environment, bool strict, ScenarioFolder folder, SecretFlow secrets)
    {
        var (key, value) = root.Children.First(e => e.Key is YamlScalarNode { Value: "compose" });
        if (Resolve(context, value, options.Compose!, environment, folder) is not { } file)
        {
            context.Incomplete = true;
            return null;
        }

        var compose = new ReadContext(file);
        var project = ComposeReader.Read(compose, SourceText.Read(file), environment, strict, secrets, folder);
        context.Errors.AddRange(compose.Errors);
        if (project is null)
        {
            context.Incomplete = true;
            return null;
        }

        foreach (var (name, service) in project.Services)
        {
            var path = Paths.Child("services", name);
            if (options.Services.ContainsKey(name))
            {
                var (_, at) = compose.Map.Locate(path);
                context.Error(key, "compose", $"service '{name}' is defined both under services: and in {file}:{at.Line}:{at.Column}", "rename one of them, or remove it from services:");
                continue;
            }

            // Compose has no member placeholders: a vendor's '{name}' reaches the product as written.
            service.Verbatim = true;
            options.Services[name] = service;
            context.Import(compose, path);
        }

        options.Overrides.AddRange(project.Overrides);
        options.UnsetVariables.AddRange(project.UnsetVariables);

        // A network the scenario declares too is the same network: services of both may join it.
        var networks = project.Networks;
        for (var i = 0; i < networks.Count; i++)
        {
            if (!options.Networks.Contains(networks[i]))
            {
                context.Map.Import(compose.Map, Paths.Item("networks", i), Paths.Item("networks", options.Networks.Count));
                options.Networks.Add(networks[i]);
            }
        }

        return [.. project.Services.Keys];
    }

    /// <summary>The Compose file as the user would name it (the scenario's folder joined to the path), or null after reporting why there is none.</summary>
    private static string? Resolve(ReadContext context, YamlNode value, string written, Func<string, string?> environment, ScenarioFolder folder)
    {
        string relative;
        try
        {
            var expanded = Interpolation.Expand(written, environment);
            if (!expanded.IsComplete)
            {
                var name = expanded.Missing[0];
                context.Error(value, "compose", $"compose: variable {name} is not set", $"set {name}, or write ${{{name}:-default.compose.yaml}}");
                return null;
            }

            relative = expanded.Text;
        }
        catch (FormatException e)
        {
            context.Error(value, "compose", $"compose: {e.Message}", "write ${NAME} or ${NAME:-default} for a variable, $$ for a dollar sign");
            return null;
        }

        var directory = Path.GetDirectoryName(context.File) ?? string.Empty;
        var file = Path.Combine(directory, relative);
        if (folder.Outside(file) is not null)
        {
            // Before anything is read: lint must not print a line of /etc/shadow as an unknown Compose key.
            var (message, fix) = folder.Refusal("compose:", relative, file);
            context.Error(value, "compose", message, fix);
            return null;
        }

        if (!File.Exists(file))
        {
            var where = directory.Length == 0 ? "the scenario's folder" : $"the scenario's folder, {directory}";
            context.Error(value, "compose", $"no Compose file '{file}'", $"check the path: it is relative to {where}");
            return null;
        }

        return file;
    }
}
