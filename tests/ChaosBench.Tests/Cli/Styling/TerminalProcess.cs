using System.Diagnostics;

namespace ChaosBench.Tests.Cli.Styling;

/// <summary>
/// Runs the built CLI on a pseudo-terminal (util-linux <c>script</c>), as a user at a terminal would, so that it sees
/// both its output streams as a terminal; returns what the terminal showed, line ends as <c>\n</c>.
/// </summary>
internal static class TerminalProcess
{
    /// <summary>The escape that starts every ANSI colour or style code.</summary>
    public const string Escape = "\u001b[";

    public static async Task<(int ExitCode, string Shown)> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> env, CancellationToken ct = default)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "chaosbench.dll") }.Concat(args).Select(Quote));
        var info = new ProcessStartInfo("script") { ArgumentList = { "-qefc", command, "/dev/null" }, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.WorkingDirectory = TestEnvironment.RepoRoot;
        info.Environment["CHAOSBENCH_HOME"] = TestEnvironment.RepoRoot;
        info.Environment["TERM"] = "xterm-256color";

        // Whatever the test run itself was started under (CI sets CI) must not decide for the terminal.
        info.Environment.Remove("CI");
        info.Environment.Remove("NO_COLOR");
        foreach (var (key, value) in env)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var (exit, stdout, _) = await CliProcess.CompleteAsync(process, ct);
        return (exit, stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// Without the keypad mode .NET itself sets on every terminal it starts on (<c>ESC[?1h ESC=</c>, from terminfo):
    /// no colour, and no text of the CLI's.
    /// </summary>
    public static string WithoutTerminalModes(string text) => text.Replace("\u001b[?1h\u001b=", string.Empty, StringComparison.Ordinal);

    private static string Quote(string arg) => $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
