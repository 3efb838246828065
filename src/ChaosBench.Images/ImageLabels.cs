using ChaosBench.Engine;

namespace ChaosBench.Images;

/// <summary>The labels a built image carries: where it came from and the exact package versions inside.</summary>
public static class ImageLabels
{
    public const string Recipe = "chaosbench.recipe";
    public const string RecipeHash = "chaosbench.recipe-hash";
    public const string Suite = "chaosbench.suite";

    /// <summary>Prefix of one label per recipe package, e.g. <c>chaosbench.package.etcd-server=3.4.23-4+b4</c>.</summary>
    public const string PackagePrefix = "chaosbench.package.";

    public static IReadOnlyDictionary<string, string> For(ImageRecipe recipe, IReadOnlyDictionary<string, string> packages)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Recipe] = recipe.Name,
            [RecipeHash] = recipe.Hash,
            [Suite] = recipe.Suite,
        };
        if (recipe.StopSignal is { } signal)
        {
            labels[ImageInfo.StopSignalLabel] = signal;
        }

        foreach (var (package, version) in packages)
        {
            labels[PackagePrefix + package] = version;
        }

        return labels;
    }

    public static IReadOnlyDictionary<string, string> PackagesOf(IReadOnlyDictionary<string, string> labels) =>
        labels.Where(l => l.Key.StartsWith(PackagePrefix, StringComparison.Ordinal))
            .ToDictionary(l => l.Key[PackagePrefix.Length..], l => l.Value, StringComparer.Ordinal);
}
