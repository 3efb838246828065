using System.CommandLine;
using ChaosBench.Images;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench images build|list|prune</c>.</summary>
internal static class ImagesCommand
{
    public static Command Create()
    {
        var images = new Command("images", "Build and list the offline product images (fixtures/images).");

        var recipes = new Argument<string[]>("recipes") { Description = "Recipe names, e.g. etcd-3.4; all recipes when none are given.", Arity = ArgumentArity.ZeroOrMore };
        var build = new Command("build", "Build images from recipes; images whose recipe is unchanged are reused.") { recipes };
        build.SetAction((parse, ct) => Cli.RunAsync(async harness =>
        {
            var names = parse.GetValue(recipes) is { Length: > 0 } given ? given : harness.Recipes.Names.ToArray();
            foreach (var name in names)
            {
                harness.Recipes.Get(name);
            }

            var builder = harness.ImageBuilder();
            foreach (var name in names)
            {
                var image = await builder.EnsureAsync(name, ct);
                Console.WriteLine($"{image.Tag}\t{(image.CacheHit ? "cached" : "built")}\t{image.Elapsed.TotalSeconds:0.0}s\t{image.Id}");
            }

            return ExitCodes.Passed;
        }, ct));

        var list = new Command("list", "List recipes, their image tags, whether they are built, and the package versions inside.");
        list.SetAction((_, ct) => Cli.RunAsync(async harness =>
        {
            Console.WriteLine("recipe\ttag\tstate\tpackages");
            foreach (var name in harness.Recipes.Names)
            {
                var recipe = harness.Recipes.Get(name);
                var image = await harness.Engine.Images.InspectAsync(recipe.Tag, ct);
                var state = image is null ? "missing" : image.Labels.GetValueOrDefault(ImageLabels.RecipeHash) == recipe.Hash ? "built" : "stale";
                var packages = image is null ? "-" : string.Join(", ", ImageLabels.PackagesOf(image.Labels).Select(p => $"{p.Key} {p.Value}"));
                Console.WriteLine($"{name}\t{recipe.Tag}\t{state}\t{packages}");
            }

            return ExitCodes.Passed;
        }, ct));

        var prune = new Command("prune", "Remove built images whose recipe changed or is gone.");
        prune.SetAction((_, ct) => Cli.RunAsync(async harness =>
        {
            var current = harness.Recipes.Names.Select(harness.Recipes.Get).ToDictionary(r => r.Name, r => r.Hash);
            foreach (var image in await harness.Engine.Images.ListAsync(ImageLabels.Recipe, ct))
            {
                var recipe = image.Labels.GetValueOrDefault(ImageLabels.Recipe, string.Empty);
                if (current.GetValueOrDefault(recipe) == image.Labels.GetValueOrDefault(ImageLabels.RecipeHash))
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
}
