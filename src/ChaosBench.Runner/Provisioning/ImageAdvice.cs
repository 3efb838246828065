namespace ChaosBench.Runner.Provisioning;

/// <summary>How to provide an image the engine lacks: the same words in <c>run</c>'s error and in <c>plan</c>.</summary>
public static class ImageAdvice
{
    /// <summary>The three ways: a tarball on the command line, a tarball in the scenario, or a pull.</summary>
    public static string WaysToProvide(string reference) =>
        $"provide it with --image {reference}=FILE.tar (make one with `docker save {reference} -o FILE.tar` where it exists), " +
        $"`images: {{ \"{reference}\": {{ tarball: FILE.tar }} }}` in the scenario, or --pull where a registry answers";
}
