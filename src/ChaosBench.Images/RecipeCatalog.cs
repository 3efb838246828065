using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChaosBench.Images;

/// <summary>The recipes in a folder (<c>fixtures/images</c>), one YAML file each.</summary>
public sealed class RecipeCatalog
{
    /// <summary>Bumped when the build procedure changes, so images built the old way are rebuilt.</summary>
    private const string BuildFormat = "chaosbench-image-v2";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    public RecipeCatalog(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>Every recipe's name, sorted.</summary>
    public IReadOnlyList<string> Names =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The recipe called <paramref name="name"/>; <see cref="RecipeNotFoundException"/> names the closest one when there is none.</summary>
    public ImageRecipe Get(string name)
    {
        var path = Path.Combine(Directory, name + ".yaml");
        if (!File.Exists(path))
        {
            throw new RecipeNotFoundException(name, Directory, Names);
        }

        var text = File.ReadAllText(path);
        RecipeFile file;
        try
        {
            file = Yaml.Deserialize<RecipeFile>(text) ?? new RecipeFile();
        }
        catch (YamlException e)
        {
            throw new InvalidRecipeException(path, $"line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }

        var missing = new[] { ("product", file.Product), ("version", file.Version), ("suite", file.Suite) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        if (file.Packages.Count == 0)
        {
            missing.Add("packages");
        }

        if (missing.Count > 0)
        {
            throw new InvalidRecipeException(path, $"missing {string.Join(", ", missing)}; fix: every recipe names a product, version, suite and packages");
        }

        return new ImageRecipe
        {
            Name = name,
            Product = file.Product!,
            Version = file.Version!,
            Suite = file.Suite!,
            Packages = file.Packages,
            Files = file.Files,
            Command = file.Command,
            Environment = file.Environment,
            Hash = HashOf(text, file.Files.Values),
        };
    }

    private string HashOf(string recipeText, IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(BuildFormat + "\n" + recipeText));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes("\n" + file + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(Directory, file)));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The recipe file as written; hyphenated keys.</summary>
    private sealed class RecipeFile
    {
        public string? Product { get; set; }

        public string? Version { get; set; }

        public string? Suite { get; set; }

        public List<string> Packages { get; set; } = [];

        public Dictionary<string, string> Files { get; set; } = [];

        public List<string> Command { get; set; } = [];

        public Dictionary<string, string> Environment { get; set; } = [];
    }
}
