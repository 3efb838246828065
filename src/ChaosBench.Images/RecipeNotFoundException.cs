using ChaosBench.Model;

namespace ChaosBench.Images;

/// <summary>No recipe by that name; the message lists the recipes there are and the closest match.</summary>
public sealed class RecipeNotFoundException(string name, string directory, IReadOnlyList<string> known)
    : Exception(Describe(name, directory, known))
{
    public string Name { get; } = name;

    private static string Describe(string name, string directory, IReadOnlyList<string> known) =>
        Names.Closest(name, known) is { } close
            ? $"no image recipe '{name}' in {directory}; fix: did you mean '{close}'? known recipes: {string.Join(", ", known)}"
            : $"no image recipe '{name}' in {directory}; fix: use one of {string.Join(", ", known)}, or add {name}.yaml there";
}
