using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChaosBench.Engine.Docker.Endpoints;

/// <summary>
/// The docker CLI's contexts: <c>config.json</c>'s <c>currentContext</c>, each context's metadata in
/// <c>contexts/meta/&lt;sha256 of its name&gt;/meta.json</c> and its TLS files in <c>contexts/tls/&lt;same&gt;/docker/</c>.
/// </summary>
internal static class DockerContexts
{
    /// <summary>The context that means "no context": <c>DOCKER_HOST</c> or the local socket.</summary>
    public const string Default = "default";

    /// <summary>The <c>currentContext</c> of <c>config.json</c>, or null when there is none.</summary>
    public static string? Current(EngineSettings settings)
    {
        var config = Path.Combine(settings.ConfigFolder, "config.json");
        if (!File.Exists(config))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(config));
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("currentContext", out var current) && current.ValueKind == JsonValueKind.String
                && current.GetString() is { Length: > 0 } name ? name : null;
        }
        catch (JsonException e)
        {
            throw new EngineException($"{config} is not valid JSON ({e.Message}); fix: repair it, or set DOCKER_HOST to the engine's address");
        }
    }

    /// <summary>The endpoint of context <paramref name="name"/>, which <paramref name="setting"/> named.</summary>
    public static EngineEndpoint Load(string name, string setting, EngineSettings settings)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var meta = Path.Combine(settings.ConfigFolder, "contexts", "meta", id, "meta.json");
        if (!File.Exists(meta))
        {
            throw new EngineException($"docker context '{name}' (from {setting}) does not exist: no {meta}; fix: create it with 'docker context create {name} --docker host=...', or name an existing one");
        }

        string? host;
        bool skipVerify;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(meta));
            var docker = json.RootElement.GetProperty("Endpoints").GetProperty("docker");
            host = docker.TryGetProperty("Host", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            skipVerify = docker.TryGetProperty("SkipTLSVerify", out var s) && s.ValueKind == JsonValueKind.True;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new EngineException($"docker context '{name}': {meta} has no Endpoints.docker ({e.Message}); fix: recreate the context with 'docker context create {name} --docker host=...'");
        }

        if (string.IsNullOrEmpty(host))
        {
            throw new EngineException($"docker context '{name}': {meta} names no Endpoints.docker.Host; fix: recreate the context with 'docker context create {name} --docker host=...'");
        }

        var tlsFolder = Path.Combine(settings.ConfigFolder, "contexts", "tls", id, "docker");
        var hasTls = Directory.Exists(tlsFolder);
        var address = DockerEndpoint.Parse(host, hasTls ? "1" : null, $"docker context '{name}'");
        var tls = address.Scheme == "tcp" && hasTls ? EndpointResolver.Certificates(tlsFolder, $"the TLS folder of context '{name}'", !skipVerify) : null;
        return new EngineEndpoint(address, $"docker context '{name}' from {setting}", tls);
    }
}
