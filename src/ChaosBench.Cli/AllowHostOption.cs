using System.CommandLine;

namespace ChaosBench.Cli;

/// <summary><c>--allow-host</c>: lifts the trust model's host rules (docs/trust.md), for people who mean it.</summary>
internal static class AllowHostOption
{
    public static Option<bool> Create() => new("--allow-host")
    {
        Description = "Let scenarios reach the host beyond their own folder: binds, Compose and env files and tarballs from anywhere, " +
                      "and delete-path, bitflip and truncate into members' binds. Recorded in run.json, the reports and the certificate; " +
                      "capabilities that break isolation stay refused. Default: off (docs/trust.md).",
    };
}
