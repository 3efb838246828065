using System.CommandLine;
using ChaosBench.Model;
using ChaosBench.Scenarios;

namespace ChaosBench.Cli;

/// <summary>
/// <c>--image REF=FILE.tar</c> and the scenario's <c>images:</c>: which tarball each image loads from, and what is
/// wrong with them before anything starts. The option wins over the scenario for its reference.
/// </summary>
internal static class ImageArguments
{
    public static Option<string[]> CreateOption() => new("--image")
    {
        Description = "REF=FILE.tar: load image REF from a tar written by 'docker save' when the engine lacks it; overrides the scenario's images: for REF. Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "REF=FILE.tar",
    };

    /// <summary>The option's values by reference; a value without <c>=</c>, or a recipe, is added to <paramref name="errors"/>.</summary>
    public static Dictionary<string, string> Parse(IEnumerable<string> values, List<string> errors)
    {
        var tarballs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                errors.Add($"chaosbench: --image {value}: not REF=FILE.tar; fix: write e.g. --image qdrant/qdrant:v1.13.4=qdrant-v1.13.4.tar");
            }
            else if (Service.RecipeOf(value[..equals]) is { } recipe)
            {
                errors.Add($"chaosbench: --image {value}: {value[..equals]} is built offline from fixtures/images/{recipe}.yaml, so it takes no tarball; fix: drop this --image");
            }
            else
            {
                tarballs[value[..equals]] = value[(equals + 1)..];
            }
        }

        return tarballs;
    }

    /// <summary>The tarball of each image of <paramref name="scenario"/> that has one: the option's, else the scenario's (relative to its file).</summary>
    public static Dictionary<string, Tarball> Of(Scenario scenario, IReadOnlyDictionary<string, string> options)
    {
        var used = scenario.ImageReferences();
        var tarballs = new Dictionary<string, Tarball>(StringComparer.Ordinal);
        foreach (var (reference, source) in scenario.Images.Where(i => i.Value.Tarball is not null))
        {
            var file = scenario.SourceFile ?? string.Empty;
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? string.Empty, source.Tarball!));
            tarballs[reference] = new Tarball(full, Path.IsPathRooted(file) ? full : Path.GetRelativePath(Environment.CurrentDirectory, full), FromOption: false);
        }

        foreach (var (reference, file) in options.Where(o => used.Contains(o.Key)))
        {
            tarballs[reference] = new Tarball(Path.GetFullPath(file), file, FromOption: true);
        }

        return tarballs;
    }

    /// <summary>An <c>--image</c> for an image no scenario given uses: a typo, or the wrong scenario.</summary>
    public static List<string> Unused(IReadOnlyList<Scenario> scenarios, IReadOnlyDictionary<string, string> options)
    {
        var used = scenarios.SelectMany(s => s.ImageReferences()).Where(r => Service.RecipeOf(r) is null).Distinct().ToList();
        return options.Where(o => !used.Contains(o.Key))
            .Select(o => $"chaosbench: --image {o.Key}={o.Value}: no scenario given uses {o.Key}; fix: {(used.Count > 0 ? Names.Suggest(o.Key, used) : "drop this --image")}")
            .ToList();
    }

    /// <summary>
    /// Tarballs that are not there and would be needed: the engine lacks their image, and it is not to be pulled.
    /// Each is placed at its line in the scenario, or at the option that named it.
    /// </summary>
    public static async Task<List<string>> MissingAsync(IReadOnlyList<Scenario> scenarios, IReadOnlyDictionary<string, string> options, IImageLookup engine, bool pull, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var scenario in scenarios)
        {
            foreach (var (reference, tarball) in Of(scenario, options).Where(t => !File.Exists(t.Value.Path)))
            {
                if (!pull && await engine.IdOfAsync(reference, ct) is null)
                {
                    problems.Add(Missing(scenario, reference, tarball));
                }
            }
        }

        return problems.Distinct().ToList();
    }

    private static string Missing(Scenario scenario, string reference, Tarball tarball)
    {
        var fix = $"make it with `docker save {reference} -o {tarball.Shown}` where the image exists, or correct the path";
        if (tarball.FromOption)
        {
            return $"chaosbench: --image {reference}={tarball.Shown}: {tarball.Shown} does not exist; fix: {fix}";
        }

        var error = new ScenarioError($"images.{reference}.tarball", $"the tarball {tarball.Shown} for {reference} does not exist", $"{fix} (it is relative to the scenario file)");
        // The scenario loaded already, under whatever --allow-host said; this reads it again only to place the error.
        return Vocabularies.LoaderFor(scenario.SourceFile!, allowHost: true).LoadOptions(scenario.SourceFile!).Locate(error).ToString();
    }
}
