using ChaosBench.Model;

namespace ChaosBench.Images;

/// <summary>
/// Where <c>recipe:NAME</c> is looked up, in order: the <c>recipes/</c> folders next to the scenario and above it up to
/// the repository root, the <c>CHAOSBENCH_RECIPES</c> folders, then the built-in recipes; the first that has
/// <c>NAME.yaml</c> wins, so a user's recipe of a built-in's name replaces it. <c>recipe:./PATH.yaml</c> names a file
/// relative to the scenario instead (<see cref="RecipeReference"/>).
/// </summary>
public sealed class RecipeCatalog
{
    /// <summary>The built-in recipes in <paramref name="builtIn"/>, alone.</summary>
    public RecipeCatalog(string builtIn)
        : this([new RecipeFolder(Path.GetFullPath(builtIn), RecipeSource.BuiltIn)], scenarioFile: null)
    {
    }

    private RecipeCatalog(IReadOnlyList<RecipeFolder> folders, string? scenarioFile)
    {
        Folders = folders;
        ScenarioFile = scenarioFile;
    }

    /// <summary>The folders looked in, first to last.</summary>
    public IReadOnlyList<RecipeFolder> Folders { get; }

    /// <summary>The scenario file recipe paths are relative to (<see cref="ForScenario"/>); null: the working directory.</summary>
    public string? ScenarioFile { get; }

    /// <summary>The folders of <paramref name="variable"/> (the value of <c>CHAOSBENCH_RECIPES</c>), then the built-in recipes in <paramref name="builtIn"/>.</summary>
    public static RecipeCatalog WithVariable(string builtIn, string? variable) =>
        new([.. RecipeFolders.Named(variable).Select(f => new RecipeFolder(f, RecipeSource.Variable)), new RecipeFolder(Path.GetFullPath(builtIn), RecipeSource.BuiltIn)], scenarioFile: null);

    /// <summary>
    /// This catalogue as a scenario file sees it: the <c>recipes/</c> folders next to it and above it first, and
    /// recipe paths relative to it. A scenario built in C# (null) sees the <c>recipes/</c> folders of the working directory.
    /// </summary>
    public RecipeCatalog ForScenario(string? scenarioFile) =>
        scenarioFile is null
            ? ForFolder(Environment.CurrentDirectory)
            : new(Near(Path.GetDirectoryName(Path.GetFullPath(scenarioFile))!), scenarioFile);

    /// <summary>This catalogue as seen from <paramref name="folder"/> (the working directory for <c>images</c>): its <c>recipes/</c> folders and those above it first.</summary>
    public RecipeCatalog ForFolder(string folder) => new(Near(folder), scenarioFile: null);

    /// <summary>Every recipe's name, each once, sorted.</summary>
    public IReadOnlyList<string> Names => All().Select(r => r.Name).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every recipe file in every folder, in lookup order: a name found twice is listed twice, the one that wins first.</summary>
    public IReadOnlyList<RecipeLocation> All() =>
        Folders.Where(f => Directory.Exists(f.Path))
            .SelectMany(f => Directory.GetFiles(f.Path, "*.yaml").Order(StringComparer.Ordinal).Select(file => new RecipeLocation(Path.GetFileNameWithoutExtension(file), file, f.Source)))
            .ToList();

    /// <summary>The file <paramref name="recipe"/> (what follows <c>recipe:</c>) resolves to and where it was found; null when there is none.</summary>
    public RecipeLocation? Locate(string recipe)
    {
        if (RecipeReference.IsFile(recipe))
        {
            var file = RecipeReference.FileOf(recipe, ScenarioFile);
            return File.Exists(file) ? new RecipeLocation(Path.GetFileNameWithoutExtension(file), file, RecipeSource.File) : null;
        }

        return Folders.Select(f => new RecipeLocation(recipe, Path.Combine(f.Path, recipe + ".yaml"), f.Source)).FirstOrDefault(l => File.Exists(l.File));
    }

    /// <summary>The recipe <paramref name="recipe"/> resolves to; <see cref="RecipeNotFoundException"/> says where it looked and names the closest one.</summary>
    public ImageRecipe Get(string recipe) =>
        Locate(recipe) is { } location ? Read(location)
        : RecipeReference.IsFile(recipe) ? throw RecipeNotFoundException.ByPath(recipe, RecipeReference.FileOf(recipe, ScenarioFile))
        : throw RecipeNotFoundException.ByName(recipe, Folders, Names);

    /// <summary>Reads the recipe at <paramref name="location"/>, one of <see cref="All"/>; <see cref="InvalidRecipeException"/> names the file and line.</summary>
    public static ImageRecipe Read(RecipeLocation location) => RecipeReader.Read(location);

    /// <summary>The <c>recipes/</c> folders near <paramref name="folder"/>, then this catalogue's own folders (those near another place left out).</summary>
    private List<RecipeFolder> Near(string folder) =>
        [.. RecipeFolders.Nearby(folder).Select(f => new RecipeFolder(f, RecipeSource.Nearby)), .. Folders.Where(f => f.Source != RecipeSource.Nearby)];
}
