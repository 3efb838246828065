using ChaosBench.Model.Kinds;
using ChaosBench.Engine;

namespace ChaosBench.Faults;

/// <summary>
/// A short-lived container on a member's own image that sees its volumes exactly as the member does
/// (named volumes and power-loss layers alike): how faults and evidence reach files of a stopped member.
/// </summary>
internal static class HelperContainer
{
    /// <summary>A helper touches a few files; one that runs longer is stuck (a frozen mount, say) and must not hang the run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Runs <c>sh -c script</c> with <paramref name="arguments"/> as $1...; returns its exit code and output lines.</summary>
    public static async Task<(long Exit, IReadOnlyList<string> Output)> RunAsync(FaultContext context, Member member, string name, string script, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var helper = await context.Run.CreateContainerAsync(new ContainerSpec
        {
            Image = member.Spec.Image,
            Entrypoint = ["sh", "-c", script, name],
            Command = arguments,
            Volumes = member.Spec.Volumes,
            Binds = member.Spec.Binds,
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

    /// <summary>Every mount target of the member: named volumes and power-loss layers.</summary>
    public static IReadOnlyList<string> Targets(Member member) =>
        [.. member.Spec.Volumes.Select(v => v.Target), .. member.Spec.Binds.Select(b => b.Target)];

    /// <summary>Throws unless the member is stopped and <paramref name="path"/> lies in one of its volumes.</summary>
    public static void RequireStoppedWith(Member member, string kind, string path)
    {
        if (!member.State.HasFlag(MemberState.Stopped))
        {
            throw new FaultException(kind, member.Name, "the member is running; stop or kill it first");
        }

        if (!Targets(member).Any(t => path == t || path.StartsWith(t.TrimEnd('/') + "/", StringComparison.Ordinal)))
        {
            throw new FaultException(kind, member.Name, $"{path} is in none of its volumes ({string.Join(", ", Targets(member))})");
        }
    }
}
