using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ChaosBench.Engine;

namespace ChaosBench.Images;

/// <summary>
/// Builds product images offline: the suite's cached minbase root file system, the recipe's packages
/// installed in a chroot, then <c>docker import</c>. An image whose recipe hash still matches is reused.
/// </summary>
public sealed class ImageBuilder(IContainerEngine engine, RecipeCatalog catalog, ImageBuildOptions options)
{
    // The engine reads CMD as JSON; it must see '+' and '&' as they are, not as \u escapes.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Scenarios run at once (run --parallel) may need the same recipe: one builds it, the others then find it built.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Building = new(StringComparer.Ordinal);

    // Every command run in the image's root: Debian's paths, no prompt, no locale.
    private static readonly Dictionary<string, string> Chroot = new(StringComparer.Ordinal)
    {
        ["DEBIAN_FRONTEND"] = "noninteractive",
        ["LC_ALL"] = "C",
        ["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    };

    private readonly SuiteCache _suites = new(Path.Combine(options.CacheDirectory, "suites"), options.Mirror, options.Progress);

    /// <summary>The image for <paramref name="recipeName"/>, looked up from the working directory, built when missing or stale.</summary>
    public Task<BuiltImage> EnsureAsync(string recipeName, CancellationToken ct = default) => EnsureAsync(recipeName, scenarioFile: null, ct);

    /// <summary>
    /// The image for <paramref name="recipe"/> (a name or a path, as after <c>recipe:</c>) as <paramref name="scenarioFile"/>
    /// sees it (<see cref="RecipeCatalog.ForScenario"/>), built when missing or stale.
    /// </summary>
    public async Task<BuiltImage> EnsureAsync(string recipe, string? scenarioFile, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var found = catalog.ForScenario(scenarioFile).Get(recipe);
        var gate = Building.GetOrAdd(found.Tag, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await BuildUnlessCurrentAsync(found, clock, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<BuiltImage> BuildUnlessCurrentAsync(ImageRecipe recipe, Stopwatch clock, CancellationToken ct)
    {
        var existing = await engine.Images.InspectAsync(recipe.Tag, ct);
        if (existing is not null && existing.Labels.GetValueOrDefault(ImageLabels.RecipeHash) == recipe.Hash)
        {
            return new BuiltImage(recipe, existing.Id, ImageLabels.PackagesOf(existing.Labels), CacheHit: true, clock.Elapsed);
        }

        options.Progress($"building {recipe.Tag} from recipe {recipe.Location.Shown} ({recipe.Suite}: {string.Join(' ', recipe.Packages)})");
        void Step(int number, string what) => options.Step(new ImageBuildStep(recipe.Tag, number, ImageBuildStep.Count, what));
        Step(1, $"{recipe.Suite} root file system");
        var baseTar = await _suites.EnsureAsync(recipe.Suite, ct);
        var root = Path.Combine(options.CacheDirectory, "work", $"{recipe.Name}-{recipe.Hash[..12]}-{Environment.ProcessId}");
        await RootFileSystem.DeleteAsync(root);
        Directory.CreateDirectory(root);
        try
        {
            Step(2, "unpacking it with the recipe's files");
            await HostCommand.RunAsync(recipe.Name, "tar", ["-C", root, "--numeric-owner", "-xf", baseTar], ct);
            AddFiles(recipe, root);
            await AddUsersAsync(recipe, root, ct);
            Step(3, $"installing {string.Join(' ', recipe.Packages)}");
            var packages = await InstallAsync(recipe, root, ct);
            Step(4, "importing into the engine");
            var id = await ImportAsync(recipe, root, packages, ct);
            Step(5, "built");
            return new BuiltImage(recipe, id, packages, CacheHit: false, clock.Elapsed);
        }
        finally
        {
            await RootFileSystem.DeleteAsync(root);
        }
    }

    private static void AddFiles(ImageRecipe recipe, string root)
    {
        var folder = Path.GetDirectoryName(recipe.Location.File)!;
        foreach (var (target, source) in recipe.Files)
        {
            var destination = Path.Combine(root, target.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(folder, source), destination, overwrite: true);
        }
    }

    /// <summary>
    /// The recipe's users and their groups, before any package's <c>adduser --system</c> draws other ids. A named home
    /// is created as <c>adduser --system</c> creates it (owned by the user, no skeleton files): packages that find
    /// their user skip adduser, and some then expect its home (etcd-server's postinst chmods /var/lib/etcd).
    /// </summary>
    private static async Task AddUsersAsync(ImageRecipe recipe, string root, CancellationToken ct)
    {
        foreach (var user in recipe.Users)
        {
            var id = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await HostCommand.RunAsync(recipe.Name, "chroot", [root, "groupadd", "--system", "--gid", id, user.Name], ct, Chroot);
            await HostCommand.RunAsync(
                recipe.Name, "chroot",
                [root, "useradd", "--system", "--uid", id, "--gid", id, "--home-dir", user.Home, "--no-create-home", "--shell", user.Shell, user.Name],
                ct, Chroot);
            if (user.Home != RecipeUser.NoHome)
            {
                await HostCommand.RunAsync(recipe.Name, "chroot", [root, "install", "-d", "-o", id, "-g", id, "-m", "755", user.Home], ct, Chroot);
            }
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> InstallAsync(ImageRecipe recipe, string root, CancellationToken ct)
    {
        File.Copy("/etc/resolv.conf", Path.Combine(root, "etc/resolv.conf"), overwrite: true);
        await HostCommand.RunAsync(recipe.Name, "chroot", [root, "apt-get", "update", "-qq"], ct, Chroot);
        await HostCommand.RunAsync(
            recipe.Name, "chroot",
            [root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "-o", "Dpkg::Options::=--force-confold", .. recipe.Packages],
            ct, Chroot);
        var versions = await HostCommand.RunAsync(recipe.Name, "chroot", [root, "dpkg-query", "-W", "-f", "${Package}=${Version}\\n", .. recipe.Packages], ct, Chroot);
        await HostCommand.RunAsync(recipe.Name, "chroot", [root, "apt-get", "clean"], ct, Chroot);
        await RootFileSystem.DeleteAsync(Path.Combine(root, "var/lib/apt/lists"));
        await File.WriteAllTextAsync(Path.Combine(root, "etc/resolv.conf"), string.Empty, ct);
        return versions.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    private async Task<string> ImportAsync(ImageRecipe recipe, string root, IReadOnlyDictionary<string, string> packages, CancellationToken ct)
    {
        var changes = new List<string>();
        if (recipe.Entrypoint.Count > 0)
        {
            changes.Add($"ENTRYPOINT {JsonSerializer.Serialize(recipe.Entrypoint, Relaxed)}");
        }

        if (recipe.Command.Count > 0)
        {
            changes.Add($"CMD {JsonSerializer.Serialize(recipe.Command, Relaxed)}");
        }

        changes.AddRange(recipe.Environment.Select(e => $"ENV {e.Key}={e.Value}"));
        changes.AddRange(ImageLabels.For(recipe, packages).Select(l => $"LABEL {Quote(l.Key)}={Quote(l.Value)}"));

        using var tar = HostCommand.Start("tar", ["-C", root, "--numeric-owner", "-c", "."]);
        var stderr = tar.StandardError.ReadToEndAsync(ct);
        var id = await engine.Images.ImportAsync(tar.StandardOutput.BaseStream, recipe.Tag, changes, ct);
        await tar.WaitForExitAsync(ct);
        if (tar.ExitCode != 0)
        {
            await engine.Images.RemoveAsync(recipe.Tag, CancellationToken.None);
            throw new ImageBuildException(recipe.Name, $"tar of the root file system exited {tar.ExitCode}: {await stderr}");
        }

        options.Progress($"built {recipe.Tag} ({id[..Math.Min(19, id.Length)]}): {string.Join(", ", packages.Select(p => $"{p.Key} {p.Value}"))}");
        return id;
    }

    /// <summary>Dockerfile-style double quoting for LABEL keys and values.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
