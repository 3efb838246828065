using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChaosBench.Images;

/// <summary>Reads one recipe file into an <see cref="ImageRecipe"/>; its <c>files:</c> are relative to the recipe's own folder.</summary>
internal static partial class RecipeReader
{
    /// <summary>Bumped when the build procedure changes, so images built the old way are rebuilt.</summary>
    private const string BuildFormat = "chaosbench-image-v2";

    /// <summary>Debian's range for system users' ids (adduser.conf FIRST_SYSTEM_UID..LAST_SYSTEM_UID).</summary>
    private const int FirstSystemId = 100, LastSystemId = 999;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    public static ImageRecipe Read(RecipeLocation location)
    {
        var text = File.ReadAllText(location.File);
        RecipeFile file;
        try
        {
            file = Yaml.Deserialize<RecipeFile>(text) ?? new RecipeFile();
        }
        catch (YamlException e)
        {
            throw new InvalidRecipeException(location.File, $"line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }

        var missing = new[] { ("product", file.Product), ("version", file.Version), ("suite", file.Suite) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        if (file.Packages.Count == 0)
        {
            missing.Add("packages");
        }

        if (missing.Count > 0)
        {
            throw new InvalidRecipeException(location.File, $"missing {string.Join(", ", missing)}; fix: every recipe names a product, version, suite and packages");
        }

        var folder = Path.GetDirectoryName(location.File)!;
        var absent = file.Files.Values.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        if (absent.Count > 0)
        {
            throw new InvalidRecipeException(location.File, $"files: no {string.Join(", ", absent)} in {folder}; fix: a recipe's files are relative to the folder holding the recipe");
        }

        if (file.StopSignal is { } signal && !StopSignal().IsMatch(signal))
        {
            throw new InvalidRecipeException(location.File, $"stop-signal: '{signal}' is not a signal; fix: a name such as SIGINT or SIGQUIT");
        }

        var users = UsersOf(location.File, file.Users);
        return new ImageRecipe
        {
            Name = location.Name,
            Location = location,
            Product = file.Product!,
            Version = file.Version!,
            Suite = file.Suite!,
            Packages = file.Packages,
            Users = users,
            Files = file.Files,
            Entrypoint = file.Entrypoint,
            Command = file.Command,
            StopSignal = file.StopSignal,
            Environment = file.Environment,
            Hash = HashOf(text, folder, file.Files.Values),
        };
    }

    private static List<RecipeUser> UsersOf(string recipe, Dictionary<string, UserFile> users)
    {
        foreach (var (name, user) in users)
        {
            if (!UserName().IsMatch(name))
            {
                throw new InvalidRecipeException(recipe, $"users: '{name}' is not a user name; fix: lower-case letters, digits, '_' and '-', starting with a letter or '_'");
            }

            if (user.Id is not (>= FirstSystemId and <= LastSystemId))
            {
                throw new InvalidRecipeException(recipe, $"users: {name}'s id {(user.Id is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "is missing")}; fix: give 'id:' a system id, {FirstSystemId}-{LastSystemId} (official images use 999)");
            }
        }

        var taken = users.GroupBy(u => u.Value.Id).FirstOrDefault(g => g.Count() > 1);
        if (taken is not null)
        {
            throw new InvalidRecipeException(recipe, $"users: {string.Join(" and ", taken.Select(u => u.Key))} share id {taken.Key}; fix: one id per user");
        }

        return [.. users.Select(u => new RecipeUser(u.Key, u.Value.Id!.Value, u.Value.Home ?? RecipeUser.NoHome, u.Value.Home is null ? "/usr/sbin/nologin" : "/bin/bash"))];
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$")]
    private static partial System.Text.RegularExpressions.Regex UserName();

    [System.Text.RegularExpressions.GeneratedRegex("^SIG[A-Z0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex StopSignal();

    private static string HashOf(string recipeText, string folder, IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(BuildFormat + "\n" + recipeText));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes("\n" + file + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(folder, file)));
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

        public List<string> Entrypoint { get; set; } = [];

        public List<string> Command { get; set; } = [];

        public string? StopSignal { get; set; }

        public Dictionary<string, string> Environment { get; set; } = [];

        public Dictionary<string, UserFile> Users { get; set; } = [];
    }

    /// <summary>One entry of <c>users:</c>.</summary>
    private sealed class UserFile
    {
        public int? Id { get; set; }

        public string? Home { get; set; }
    }
}
