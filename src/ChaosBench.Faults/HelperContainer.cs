using ChaosBench.Engine;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults;

/// <summary>
/// A short-lived container on a member's own image that sees its volumes as the member does (named volumes and
/// power-loss layers alike): how faults and evidence reach files of a stopped member. One that changes files
/// (<see cref="ChangeAsync"/>) gets only the member's named volumes, never its binds, unless the run allows the host.
/// </summary>
internal static class HelperContainer
{
    /// <summary>A helper touches a few files; one that runs longer is stuck (a frozen mount, say) and must not hang the run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Runs <c>sh -c script</c> with <paramref name="arguments"/> as $1... over every mount of the member; returns its exit code and output lines.</summary>
    public static Task<(long Exit, IReadOnlyList<string> Output)> RunAsync(FaultContext context, Member member, string name, string script, IReadOnlyList<string> arguments, CancellationToken ct) =>
        RunAsync(context, member, name, script, arguments, member.Spec.Binds, new Dictionary<string, string>(), ct);

    /// <summary>
    /// Runs a script that changes the file at $1 (the first of <paramref name="arguments"/>): over the member's named
    /// volumes only (its binds too with <see cref="FaultContext.AllowHost"/>), with $1 resolved inside the helper and
    /// refused when it leads out of them (<see cref="Confinement"/>). Throws <see cref="FaultException"/> on a refusal.
    /// </summary>
    public static async Task<(long Exit, IReadOnlyList<string> Output)> ChangeAsync(FaultContext context, Member member, string kind, string script, IReadOnlyList<string> arguments, bool keepLastLink, CancellationToken ct)
    {
        var binds = context.AllowHost ? member.Spec.Binds : PowerLossLayers(member);
        var mounts = Targets(member, context.AllowHost);
        var environment = new Dictionary<string, string> { [Confinement.Variable] = string.Join('\n', mounts) };
        var (exit, output) = await RunAsync(context, member, kind, Confinement.Prelude(keepLastLink) + script, arguments, binds, environment, ct);
        return Confinement.Refusal(exit, kind, member, arguments[0], output, mounts, context.AllowHost) is { } refused ? throw refused : (exit, output);
    }

    /// <summary>Every mount target of the member: named volumes and power-loss layers, and its binds when <paramref name="binds"/>.</summary>
    public static IReadOnlyList<string> Targets(Member member, bool binds = true) =>
        [.. member.Spec.Volumes.Select(v => v.Target), .. (binds ? member.Spec.Binds : PowerLossLayers(member)).Select(b => b.Target)];

    /// <summary>
    /// Throws unless the member is stopped and <paramref name="path"/>, its '..' resolved, lies in one of its named
    /// volumes (or binds, with <see cref="FaultContext.AllowHost"/>). Where links lead is checked inside the helper.
    /// </summary>
    public static void RequireStoppedWith(FaultContext context, Member member, string kind, string path)
    {
        if (!member.State.HasFlag(MemberState.Stopped))
        {
            throw new FaultException(kind, member.Name, "the member is running; stop or kill it first");
        }

        var allowHost = context.AllowHost;
        var targets = Targets(member, allowHost);
        if (!targets.Any(t => HostAccess.IsUnder(HostAccess.Lexical(path), HostAccess.Lexical(t))))
        {
            throw new FaultException(kind, member.Name, $"{path} is in none of its {(allowHost ? "volumes" : "named volumes")} ({string.Join(", ", targets)})");
        }
    }

    /// <summary>The binds that are power-loss layers over the member's own named volumes, not the host's files.</summary>
    private static IReadOnlyList<Mount> PowerLossLayers(Member member) =>
        [.. member.Spec.Binds.Where(b => member.PowerLoss.Any(p => p.Target == b.Target))];

    private static async Task<(long Exit, IReadOnlyList<string> Output)> RunAsync(
        FaultContext context, Member member, string name, string script, IReadOnlyList<string> arguments, IReadOnlyList<Mount> binds, IReadOnlyDictionary<string, string> environment, CancellationToken ct)
    {
        var helper = await context.Run.CreateContainerAsync(new ContainerSpec
        {
            Image = member.Spec.Image,
            Entrypoint = ["sh", "-c", script, name],
            Command = arguments,
            Volumes = member.Spec.Volumes,
            Binds = binds,
            Environment = environment,
        }, ct);
        try
        {
            await context.Engine.Containers.StartAsync(helper, ct);
            long exit;
            using (var limit = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                limit.CancelAfter(Limit);
                try
                {
                    exit = await context.Engine.Containers.WaitAsync(helper, limit.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new FaultException(name, member.Name, $"its helper container did not finish within {Limit.TotalMinutes:0} minutes (stuck on a volume?)");
                }
            }

            var output = new List<string>();
            await foreach (var line in context.Engine.Containers.LogsAsync(helper, ct: ct))
            {
                output.Add(line.Text.TrimEnd());
            }

            return (exit, output);
        }
        finally
        {
            await context.Engine.Containers.RemoveAsync(helper, CancellationToken.None);
        }
    }
}
