using System.Net;

namespace ChaosBench.Engine.Cleanup;

/// <summary>
/// Which machine, and which boot of it, a harness process runs on. The full host name, not
/// <see cref="Environment.MachineName"/>, which .NET cuts at the first dot: <c>ci-runner.eu-west.example.com</c> and
/// <c>ci-runner.us-east.example.com</c> would both be <c>ci-runner</c>.
/// </summary>
/// <param name="Host">The kernel's host name, whole.</param>
/// <param name="BootId">The kernel's random id of this boot (<c>/proc/sys/kernel/random/boot_id</c>); empty when unknown.</param>
public sealed record HostIdentity(string Host, string BootId)
{
    /// <summary>This machine, as of this boot.</summary>
    public static HostIdentity Local { get; } = Read("/proc");

    /// <summary>Reads the host name and boot id from the <c>/proc</c> mounted at <paramref name="procRoot"/>.</summary>
    public static HostIdentity Read(string procRoot) =>
        new(FirstLine(Path.Combine(procRoot, "sys", "kernel", "hostname")) ?? Dns.GetHostName(), FirstLine(Path.Combine(procRoot, "sys", "kernel", "random", "boot_id")) ?? string.Empty);

    private static string? FirstLine(string file)
    {
        try
        {
            return File.ReadAllText(file).Trim() is { Length: > 0 } text ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
