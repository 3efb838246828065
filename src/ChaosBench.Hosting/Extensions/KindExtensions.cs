using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Hosting.Extensions;

/// <summary>
/// A team's own kinds, from extension assemblies: each public, non-abstract type of one that is a fault, expectation,
/// workload or cluster kind with a public parameterless constructor is registered beside the built-in ones. An
/// extension assembly is code this process runs, as root where the harness runs as root: load only your own.
/// </summary>
public static class KindExtensions
{
    /// <summary>The file naming a folder's extensions: <c>{ "extensions": ["bin/MyKinds.dll"] }</c>, paths relative to it.</summary>
    public const string ConfigFile = "chaosbench.json";

    private static readonly ConcurrentDictionary<string, Vocabulary> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The kinds a scenario file may name: the built-in ones, those of <paramref name="assemblies"/> (the command line's
    /// <c>--extension</c>), and those of the <see cref="ConfigFile"/> nearest the file (its folder, or one above it).
    /// </summary>
    /// <exception cref="ExtensionException">An assembly cannot be loaded, or a kind's name is taken.</exception>
    public static Vocabulary For(string? scenarioFile, IReadOnlyList<string> assemblies)
    {
        var all = assemblies.Select(Path.GetFullPath).Concat(scenarioFile is null ? [] : Configured(scenarioFile)).Distinct(StringComparer.Ordinal).ToList();
        return all.Count == 0 ? BuiltInKinds.Vocabulary : Loaded.GetOrAdd(string.Join('\n', all), _ => Load(BuiltInKinds.Vocabulary, all));
    }

    /// <summary><paramref name="kinds"/> and every kind of <paramref name="assemblies"/>, through the same <see cref="Vocabulary.With"/> the built-in ones use.</summary>
    /// <exception cref="ExtensionException">An assembly cannot be loaded, or a kind's name is taken.</exception>
    public static Vocabulary Load(Vocabulary kinds, IEnumerable<string> assemblies)
    {
        foreach (var path in assemblies)
        {
            foreach (var type in TypesOf(path).Where(IsKind))
            {
                try
                {
                    kinds = kinds.With((IKind)Activator.CreateInstance(type)!);
                }
                catch (Exception e) when (e is ArgumentException or TargetInvocationException)
                {
                    throw new ExtensionException($"{path}: {type.FullName} cannot be registered: {(e.InnerException ?? e).Message}", e);
                }
            }
        }

        return kinds;
    }

    private static bool IsKind(Type type) =>
        type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false } && typeof(IKind).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null;

    private static Type[] TypesOf(string path)
    {
        try
        {
            // The load context's dependency resolver refuses a missing file with an error that does not say so.
            return File.Exists(path)
                ? new ExtensionLoadContext(path).LoadFromAssemblyPath(path).GetExportedTypes()
                : throw new FileNotFoundException("no such file", path);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or ReflectionTypeLoadException)
        {
            throw new ExtensionException($"{path}: not an extension assembly this harness can load ({e.Message}); fix: build it against this checkout's ChaosBench.Model and name its .dll", e);
        }
    }

    /// <summary>The assemblies of the <see cref="ConfigFile"/> nearest <paramref name="scenarioFile"/>, up to the file system's root.</summary>
    private static IEnumerable<string> Configured(string scenarioFile)
    {
        for (var dir = new FileInfo(scenarioFile).Directory; dir is not null; dir = dir.Parent)
        {
            var config = Path.Combine(dir.FullName, ConfigFile);
            if (File.Exists(config))
            {
                return Read(config).Select(p => Path.GetFullPath(Path.Combine(dir.FullName, p)));
            }
        }

        return [];
    }

    private static IReadOnlyList<string> Read(string config)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(config));
            return json.RootElement.TryGetProperty("extensions", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
                : throw new ExtensionException($"{config}: has no \"extensions\" list; fix: write {{ \"extensions\": [\"path/to/MyKinds.dll\"] }}");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new ExtensionException($"{config}: not JSON of the form {{ \"extensions\": [\"path/to/MyKinds.dll\"] }} ({e.Message})", e);
        }
    }
}
