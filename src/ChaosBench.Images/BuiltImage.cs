namespace ChaosBench.Images;

/// <summary>An image ready to run: its id, the package versions inside, and whether the cache served it.</summary>
public sealed record BuiltImage(ImageRecipe Recipe, string Id, IReadOnlyDictionary<string, string> Packages, bool CacheHit, TimeSpan Elapsed)
{
    public string Tag => Recipe.Tag;
}
