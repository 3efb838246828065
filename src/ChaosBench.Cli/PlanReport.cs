using System.Text;
using ChaosBench.Engine;
using ChaosBench.Images;
using ChaosBench.Model;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Redaction;
using ChaosBench.Runner.External;
using ChaosBench.Runner.Provisioning;

namespace ChaosBench.Cli;

/// <summary>
/// What <c>plan</c> prints for one scenario: the resolved timeline, the services as they will be created, where each image will come from, and each
/// external service's URL; whatever a run would lack is a line starting <c>MISSING:</c> that says how to provide it. Secrets are
/// redacted as a run's record redacts them.
/// </summary>
/// <param name="Images">Which images the engine has.</param>
/// <param name="Variables">The environment <c>${VAR}</c> in external urls is read from.</param>
/// <param name="Recipes">The image recipes, as each scenario then sees them (<see cref="RecipeCatalog.ForScenario"/>).</param>
internal sealed record PlanReport(IImageLookup Images, Func<string, string?> Variables, RecipeCatalog Recipes)
{
    public async Task<string> RenderAsync(Scenario scenario, long seed, IReadOnlyDictionary<string, string> imageOptions, CancellationToken ct) =>
        Render(await ResolveAsync(scenario, seed, imageOptions, ct));

    /// <summary>The plain text of <paramref name="plan"/>, as a pipe and the golden files read it.</summary>
    public static string Render(ResolvedPlan plan)
    {
        var text = new StringBuilder(plan.Plan.Describe());
        ServicesSection.Append(text, plan.Scenario);
        text.Append(plan.Images.Count == 0 ? "images: none\n" : "images:\n");
        foreach (var (reference, source) in plan.Images)
        {
            text.Append($"  {reference}: {source}\n");
        }

        if (plan.External.Count > 0)
        {
            text.Append("external:\n");
            foreach (var (service, url) in plan.External)
            {
                text.Append($"  {service}: {url}\n");
            }
        }

        // What a run would scrub from its record, plan scrubs too: secret values and every URL's user and password.
        return Redactor.For(plan.Scenario).Redact(text.ToString());
    }

    /// <summary>The scenario's timeline for <paramref name="seed"/>, where each image comes from and each external service's URL.</summary>
    public async Task<ResolvedPlan> ResolveAsync(Scenario scenario, long seed, IReadOnlyDictionary<string, string> imageOptions, CancellationToken ct)
    {
        var tarballs = ImageArguments.Of(scenario, imageOptions);
        var recipes = Recipes.ForScenario(scenario.SourceFile);
        var images = new List<(string, string)>();
        foreach (var reference in scenario.ImageReferences())
        {
            images.Add((reference, await ImageAsync(reference, tarballs.GetValueOrDefault(reference), recipes, ct)));
        }

        var external = ExternalUrl.ResolveAll(scenario, Variables)
            .Select(s => (s.Service, s.Url is null ? $"MISSING: {s.Problem}" : $"{s.Shown} (url {s.Written})"))
            .ToList();
        return new ResolvedPlan(scenario, Planner.Resolve(scenario, seed), images, external);
    }

    /// <summary>The order a run follows: recipe; else the engine's; else the tarball; else missing (unless run with --pull).</summary>
    private async Task<string> ImageAsync(string reference, Tarball? tarball, RecipeCatalog recipes, CancellationToken ct)
    {
        if (Service.RecipeOf(reference) is { } recipe)
        {
            return RecipeLine(recipe, recipes);
        }

        string? engineProblem = null;
        try
        {
            if (await Images.IdOfAsync(reference, ct) is { } id)
            {
                return $"on the engine ({id})";
            }
        }
        catch (EngineException e)
        {
            engineProblem = e.Message;
        }

        var otherwise = tarball is null ? $"MISSING: not on the engine; {ImageAdvice.WaysToProvide(reference)}"
            : File.Exists(tarball.Path) ? $"loaded from {tarball.Shown}"
            : $"MISSING: not on the engine, and the tarball {tarball.Shown} ({tarball.Origin}) does not exist; make it with `docker save {reference} -o {tarball.Shown}` where the image exists, or run with --pull where a registry answers";
        return engineProblem is null ? otherwise : $"could not check the engine ({engineProblem}); if it lacks the image: {otherwise}";
    }

    /// <summary>Which recipe file builds the image: a built-in one as it has always read, any other with where it was found and what it replaces.</summary>
    private static string RecipeLine(string recipe, RecipeCatalog recipes)
    {
        if (recipes.Locate(recipe) is not { } found)
        {
            return RecipeReference.IsFile(recipe)
                ? $"MISSING: no recipe file {RecipeReference.FileOf(recipe, recipes.ScenarioFile)}; fix: check the path, which is relative to the scenario file"
                : $"MISSING: no recipe {recipe}.yaml in {string.Join(", ", recipes.Folders.Select(f => f.Path))}; fix: write {RecipeFolders.FolderName}/{recipe}.yaml next to the scenario, or name one of the built-in recipes";
        }

        return found.Source == RecipeSource.BuiltIn
            ? $"built offline from fixtures/images/{found.Name}.yaml when missing"
            : $"built offline from {RecipeOrigin.Describe(found, recipes)} when missing";
    }
}
