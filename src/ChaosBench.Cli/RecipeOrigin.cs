using ChaosBench.Images;

namespace ChaosBench.Cli;

/// <summary>Where a recipe came from, as <c>plan</c> and <c>images list</c> say it.</summary>
internal static class RecipeOrigin
{
    /// <summary>
    /// <c>built-in</c> for a built-in recipe; else the file, where it was found, and the recipe of the same name it
    /// wins over, e.g. <c>recipes/redis-7.0.yaml (recipes/ folder; over the built-in recipe of that name)</c>.
    /// </summary>
    public static string Describe(RecipeLocation found, RecipeCatalog recipes)
    {
        if (found.Source == RecipeSource.BuiltIn)
        {
            return "built-in";
        }

        var replaced = recipes.All().FirstOrDefault(r => r.Name == found.Name && r.File != found.File);
        var over = replaced is null ? string.Empty
            : replaced.Source == RecipeSource.BuiltIn ? "; over the built-in recipe of that name"
            : $"; over {replaced.Shown}";
        return $"{found.Shown} ({found.Origin}{over})";
    }
}
