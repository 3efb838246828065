namespace ChaosBench.Images;

/// <summary>
/// One minbase root file system per Debian suite, bootstrapped once and kept as a tar, so every recipe
/// on the same suite starts from a copy instead of a fresh debootstrap.
/// </summary>
internal sealed class SuiteCache(string directory, string mirror, Action<string> progress)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The tar of the suite's base root file system, bootstrapping it when missing.</summary>
    public async Task<string> EnsureAsync(string suite, CancellationToken ct)
    {
        var tar = Path.Combine(directory, $"{suite}.tar");
        await Gate.WaitAsync(ct);
        try
        {
            if (File.Exists(tar))
            {
                return tar;
            }

            Directory.CreateDirectory(directory);
            var root = Path.Combine(directory, $"{suite}.bootstrap-{Environment.ProcessId}");
            try
            {
                progress($"debootstrap --variant=minbase {suite} (once per suite)");
                await HostCommand.RunAsync(suite, "debootstrap", ["--variant=minbase", suite, root, mirror], ct);

                // Package scripts must not start services inside the image being built.
                await File.WriteAllTextAsync(Path.Combine(root, "usr/sbin/policy-rc.d"), "#!/bin/sh\nexit 101\n", ct);
                File.SetUnixFileMode(Path.Combine(root, "usr/sbin/policy-rc.d"), (UnixFileMode)0b111_101_101);
                await HostCommand.RunAsync(suite, "tar", ["-C", root, "--numeric-owner", "-cf", $"{tar}.{Environment.ProcessId}.partial", "."], ct);
                File.Move($"{tar}.{Environment.ProcessId}.partial", tar, overwrite: true);
                return tar;
            }
            finally
            {
                await RootFileSystem.DeleteAsync(root);
                File.Delete($"{tar}.{Environment.ProcessId}.partial");
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
