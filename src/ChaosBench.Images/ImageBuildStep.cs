namespace ChaosBench.Images;

/// <summary>
/// Where a build of <paramref name="Tag"/> is: step <paramref name="Number"/> of <paramref name="Steps"/>, doing
/// <paramref name="What"/>; the last step's number equals <paramref name="Steps"/> and says the image is built.
/// </summary>
public sealed record ImageBuildStep(string Tag, int Number, int Steps, string What)
{
    /// <summary>The steps of every build: the suite's root, its unpacking with the recipe's files, the packages, the import, done.</summary>
    public const int Count = 5;

    /// <summary>Whether this step is the end of the build.</summary>
    public bool Done => Number == Steps;
}
