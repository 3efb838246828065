namespace ChaosBench.Images;

/// <summary>A folder of recipes, one <c>NAME.yaml</c> each, and what kind of folder it is.</summary>
/// <param name="Path">The folder's full path.</param>
/// <param name="Source">What kind of folder: near a scenario, named in <c>CHAOSBENCH_RECIPES</c>, or the built-in one.</param>
public sealed record RecipeFolder(string Path, RecipeSource Source);
