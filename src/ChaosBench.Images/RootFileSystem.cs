namespace ChaosBench.Images;

/// <summary>Scratch root file systems: removed with <c>rm -rf --one-file-system</c>, which never follows a mount out.</summary>
internal static class RootFileSystem
{
    public static async Task DeleteAsync(string root)
    {
        if (Directory.Exists(root))
        {
            await HostCommand.RunAsync("(cleanup)", "rm", ["-rf", "--one-file-system", root], CancellationToken.None);
        }
    }
}
