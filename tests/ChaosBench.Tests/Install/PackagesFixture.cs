using ChaosBench.Hosting;

namespace ChaosBench.Tests.Install;

/// <summary>
/// The packages <c>ci/pack.sh</c> makes, once per test run and only when a test asks: from the build the tests run on
/// (<c>--no-build</c>), under a version of the run's own, so that no package cache can hold an older build of it.
/// Removed when the namespace's tests are done.
/// </summary>
[SetUpFixture]
public sealed class PackagesFixture
{
    private static readonly Lazy<Task<string>> Packed = new(PackAsync);

    /// <summary>This run's version of every package, e.g. <c>0.1.0-test.3f2a9c1d</c>.</summary>
    public static string Version { get; } = $"{HarnessBuild.Version}-test.{Guid.NewGuid().ToString("N")[..8]}";

    private static string Folder { get; } = Path.Combine(Path.GetTempPath(), "chaosbench-packages-" + Version);

    /// <summary>The folder holding the packages, packed on first use.</summary>
    public static Task<string> FolderAsync() => Packed.Value;

    [OneTimeTearDown]
    public void DeletePackages()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static async Task<string> PackAsync()
    {
        var (exit, stdout, stderr) = await ChildProcess.RunAsync(
            Path.Combine(TestEnvironment.RepoRoot, "ci", "pack.sh"), [Folder, "--no-build", $"-p:PackageVersion={Version}"], TestEnvironment.RepoRoot);
        if (exit != 0)
        {
            throw new InvalidOperationException($"ci/pack.sh exited {exit}: {stdout}{stderr}");
        }

        return Folder;
    }
}
