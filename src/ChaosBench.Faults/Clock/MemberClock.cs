using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using ChaosBench.Engine;

namespace ChaosBench.Faults.Clock;

/// <summary>
/// The member side of a clock skew: libfaketime's settings file, whether the product loaded the library, and the
/// member's clock read back. Every call into the member has a time limit, so a product hung by the library fails
/// the fault with a clear line instead of hanging the run.
/// </summary>
internal static class MemberClock
{
    /// <summary>Where libfaketime reads its offset when no <c>FAKETIME</c> is set; the member's image preloads the library into its product while the file exists.</summary>
    public const string SettingsFile = "/etc/faketimerc";

    private static readonly TimeSpan ExecLimit = TimeSpan.FromSeconds(10);

    /// <summary>How long the product may take after its start to be running with (or without) the library.</summary>
    private static readonly TimeSpan LoadLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The library as Debian installs it (the architecture's directory varies); the product's process, pid 1 or,
    /// under an init (the engine's <c>--init</c>), that init's first child; and a command run as the product's user
    /// (root may not read another user's /proc entries without ptrace rights).
    /// </summary>
    private const string ProbeScript =
        "lib=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1); main=1; " +
        "case \"$(cat /proc/1/comm)\" in docker-init|tini|dumb-init|catatonit) " +
        "main=$(grep -l '^PPid:[[:space:]]*1$' /proc/[0-9]*/status 2>/dev/null | cut -d/ -f3 | sort -n | head -n 1);; esac; " +
        "as_main() { u=$(stat -c %u /proc/$main); if [ \"$u\" = 0 ]; then \"$@\"; else setpriv --reuid=\"$u\" --regid=\"$u\" --clear-groups \"$@\"; fi; }; ";

    /// <summary>
    /// The libfaketime library in the member (empty: not installed), the binary its product's process runs, and
    /// whether that process has jemalloc mapped.
    /// </summary>
    public static async Task<(string Library, string MainBinary, bool Jemalloc)> ProbeAsync(FaultContext context, Member member, string kind, CancellationToken ct)
    {
        var script = ProbeScript + "echo \"$lib\"; as_main readlink /proc/$main/exe; as_main grep -q libjemalloc /proc/$main/maps && echo jemalloc; true";
        var lines = (await ExecAsync(context, member, kind, script, ct)).Stdout.Split('\n').Select(l => l.Trim()).ToList();
        return (lines[0], lines.Count > 1 ? lines[1] : string.Empty, lines.Contains("jemalloc"));
    }

    /// <summary>Whether <paramref name="path"/> in the member is dynamically linked (null: not an ELF binary).</summary>
    public static async Task<bool?> IsDynamicAsync(FaultContext context, Member member, string path, CancellationToken ct)
    {
        await using var archive = await context.Engine.Containers.CopyOutAsync(member.ContainerId, path, ct);
        using var reader = new TarReader(archive);
        var entry = await reader.GetNextEntryAsync(cancellationToken: ct);
        if (entry?.DataStream is not { } data)
        {
            return null;
        }

        var head = new byte[ElfLinkage.HeaderBytes];
        var read = await data.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return ElfLinkage.IsDynamic(head.AsSpan(0, read));
    }

    /// <summary>Writes libfaketime's settings (<c>+7200 x1.5</c>), or removes them with null.</summary>
    public static Task SetAsync(FaultContext context, Member member, string kind, string? settings, CancellationToken ct) =>
        ExecAsync(context, member, kind, settings is null ? $"rm -f {SettingsFile}" : $"printf '%s\\n' '{settings}' > {SettingsFile}", ct);

    /// <summary>Restarts the member and waits until its product runs with the library loaded (or, with <paramref name="loaded"/> false, without).</summary>
    /// <returns>How long that took, and what the restart said of the stop (empty unless the engine had to kill the member).</returns>
    public static async Task<(TimeSpan Took, string Stop)> RestartAsync(FaultContext context, Member member, string kind, bool loaded, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (_, stop) = await MemberRestart.RestartAsync(context, member, kind, ct);

        // Right after the start the product's process may still be a wrapper that has not exec'd the product yet: poll.
        var check = ProbeScript + "as_main grep -q faketime /proc/$main/maps";
        var started = clock.Elapsed;
        while (true)
        {
            var info = await context.Engine.Containers.InspectAsync(member.ContainerId, ct);
            if (!info.State.Running)
            {
                throw new FaultException(kind, member.Name, $"the product exited after the restart (exit {info.State.ExitCode}); its log says why");
            }

            if ((await ExecAsync(context, member, kind, check, ct, mayFail: true)).Succeeded == loaded)
            {
                return (clock.Elapsed, stop);
            }

            if (clock.Elapsed - started > LoadLimit)
            {
                throw new FaultException(kind, member.Name, loaded
                    ? $"its product had not loaded libfaketime {LoadLimit.TotalSeconds:0}s after its start; its image must preload it while {SettingsFile} exists (docs/scenario-format.md, clock skew)"
                    : $"its product still had libfaketime loaded {LoadLimit.TotalSeconds:0}s after its start");
            }

            await Task.Delay(200, ct);
        }
    }

    /// <summary>
    /// The member's clock minus the real one, read by <c>date</c> inside with the library preloaded (it reads the
    /// settings file as the product does); the real time is the middle of the call.
    /// </summary>
    public static async Task<TimeSpan> OffsetAsync(FaultContext context, Member member, string kind, string library, CancellationToken ct)
    {
        var sent = context.Time.GetUtcNow();
        var result = await ExecAsync(context, member, kind, library.Length == 0 ? "date +%s.%N" : $"LD_PRELOAD={library} date +%s.%N", ct);
        var back = context.Time.GetUtcNow();
        if (!decimal.TryParse(result.Stdout.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new FaultException(kind, member.Name, $"reading its clock gave '{result.Stdout.Trim()}{result.Stderr.Trim()}', not a time");
        }

        var real = sent + ((back - sent) / 2);
        return TimeSpan.FromSeconds((double)(seconds - (decimal)real.ToUnixTimeMilliseconds() / 1000m));
    }

    private static async Task<ExecResult> ExecAsync(FaultContext context, Member member, string kind, string script, CancellationToken ct, bool mayFail = false)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(ExecLimit);
        ExecResult result;
        try
        {
            result = await context.Engine.Containers.ExecAsync(member.ContainerId, ["sh", "-c", script], limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FaultException(kind, member.Name, $"a command in the member did not end within {ExecLimit.TotalSeconds:0}s (hung under libfaketime?): {script}");
        }

        if (!mayFail && !result.Succeeded)
        {
            throw new FaultException(kind, member.Name, $"'{script}' exited {result.ExitCode}: {result.Stderr.Trim()}");
        }

        return result;
    }
}
