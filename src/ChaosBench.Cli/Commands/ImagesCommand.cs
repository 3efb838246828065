using System.CommandLine;
using ChaosBench.Cli.Styling;
using ChaosBench.Images;

namespace ChaosBench.Cli.Commands;

/// <summary>
/// <c>chaosbench images build|list|prune</c>, on the recipes as the working directory sees them: the <c>recipes/</c>
/// folders here and above it, the <c>CHAOSBENCH_RECIPES</c> folders, then the built-in ones.
/// </summary>
internal static class ImagesCommand
{
    public static Command Create()
    {
        var images = new Command("images", "Build and list the offline product images: recipes/ folders here and above, CHAOSBENCH_RECIPES, then the built-in recipes.");

        var recipes = new Argument<string[]>("recipes") { Description = "Recipe names, e.g. etcd-3.4; all recipes when none are given.", Arity = ArgumentArity.ZeroOrMore };
        var build = new Command("build", "Build images from recipes; images whose recipe is unchanged are reused.") { recipes };
        build.SetAction((parse, ct) => Cli.RunAsync(async harness =>
        {
            var catalog = Here(harness);
            var names = parse.GetValue(recipes) is { Length: > 0 } given ? given : catalog.Names.ToArray();
            foreach (var name in names)
            {
                catalog.Get(name);
            }

            var builder = harness.ImageBuilder();
            foreach (var name in names)
            {
                var image = await builder.EnsureAsync(name, ct);
                LiveBoard.WriteOut($"{image.Tag}\t{(image.CacheHit ? "cached" : "built")}\t{image.Elapsed.TotalSeconds:0.0}s\t{image.Id}");
            }

            return ExitCodes.Passed;
        }, ct, live: true));

        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per recipe (default: tab-separated lines; a table on a terminal)." };
        var list = new Command("list", "List recipes, their image tags, whether they are built, where each recipe came from, the system users it pins, and the package versions inside.") { json };
        list.SetAction((parse, ct) => Cli.RunAsync(async harness =>
        {
            var catalog = Here(harness);
            var rows = new List<RecipeRow>();
            foreach (var name in catalog.Names)
            {
                var recipe = catalog.Get(name);
                var image = await harness.Engine.Images.InspectAsync(recipe.Tag, ct);
                var state = image is null ? "missing" : image.Labels.GetValueOrDefault(ImageLabels.RecipeHash) == recipe.Hash ? "built" : "stale";
                rows.Add(new RecipeRow(name, recipe.Tag, state, RecipeOrigin.Describe(recipe.Location, catalog), recipe.Users, image is null ? null : ImageLabels.PackagesOf(image.Labels)));
            }

            RecipeRow.Write(rows, parse.GetValue(json));
            return ExitCodes.Passed;
        }, ct));

        var prune = new Command("prune", "Remove built images whose recipe changed or is gone (as seen from here: a user's recipe in a folder not seen from here counts as gone).");
        prune.SetAction((_, ct) => Cli.RunAsync(async harness =>
        {
            // Every recipe file seen from here, those a same-named one wins over too: a user's redis-7.0 beside the
            // built-in one keeps both images.
            var current = Here(harness).All().Select(l => (l.Name, RecipeCatalog.Read(l).Hash)).ToHashSet();
            foreach (var image in await harness.Engine.Images.ListAsync(ImageLabels.Recipe, ct))
            {
                var recipe = image.Labels.GetValueOrDefault(ImageLabels.Recipe, string.Empty);
                if (current.Contains((recipe, image.Labels.GetValueOrDefault(ImageLabels.RecipeHash, string.Empty))))
                {
                    continue;
                }

                foreach (var tag in image.Tags.DefaultIfEmpty(image.Id))
                {
                    await harness.Engine.Images.RemoveAsync(tag, ct);
                }

                Console.WriteLine($"removed {string.Join(", ", image.Tags.DefaultIfEmpty(image.Id))} (recipe {recipe} changed or gone)");
            }

            return ExitCodes.Passed;
        }, ct));

        images.Subcommands.Add(build);
        images.Subcommands.Add(list);
        images.Subcommands.Add(prune);
        return images;
    }

    /// <summary>The recipes as the working directory sees them.</summary>
    private static RecipeCatalog Here(Hosting.Harness harness) => harness.Recipes.ForFolder(Environment.CurrentDirectory);
}
