using ChaosBench.Model;

namespace ChaosBench.Images;

/// <summary>No recipe by that name in any folder looked in, or no file at the path a scenario gave; the message says where it looked and the closest match.</summary>
public sealed class RecipeNotFoundException : Exception
{
    private RecipeNotFoundException(string name, string message)
        : base(message)
    {
        Name = name;
    }

    /// <summary>The recipe as the scenario wrote it after <c>recipe:</c>.</summary>
    public string Name { get; }

    internal static RecipeNotFoundException ByName(string name, IReadOnlyList<RecipeFolder> searched, IReadOnlyList<string> known)
    {
        var folders = string.Join(", ", searched.Select(f => f.Path));
        return new(name, Names.Closest(name, known) is { } close
            ? $"no image recipe '{name}' in {folders}; fix: did you mean '{close}'? known recipes: {string.Join(", ", known)}"
            : $"no image recipe '{name}' in {folders}; fix: use one of {string.Join(", ", known)}, or add {name}.yaml to a recipes/ folder next to the scenario");
    }

    internal static RecipeNotFoundException ByPath(string name, string file) =>
        new(name, $"no recipe file {file} (recipe:{name}, relative to the scenario file); fix: check the path, or write recipe:NAME to look the recipe up in the recipes/ folders and the built-in ones");
}
