using System.Diagnostics;
using System.Globalization;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Faults.Exec;

/// <summary>
/// Runs a command in a running member, as an operator would with <c>docker exec</c> (a member remove/add, a
/// backup, a restore). The exit code and a match decide whether it held; with <c>within</c> it is tried again.
/// </summary>
public sealed class ExecStep : IFault
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);

    /// <summary>No command of a step may hang a run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public string Kind => FaultKinds.Exec;

    public async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, CancellationToken ct)
    {
        var command = fault.Command.Select(context.Expand).ToList();
        var name = $"{Kind} {member.Name}";
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Limit);
            var result = await context.Engine.Containers.ExecAsync(member.ContainerId, command, limit.Token);
            var output = result.Stdout + result.Stderr;
            var problem = fault.Exit is { } exit && result.ExitCode != exit
                ? $"exit {result.ExitCode}, expected {exit}"
                : StepOutput.Mismatch(context, fault, output);
            if (problem is null)
            {
                var saved = StepOutput.Save(context, fault, name, result.Stdout);
                return new FaultEffect($"exit {result.ExitCode.ToString(CultureInfo.InvariantCulture)}: {StepOutput.Excerpt(context, output)}{saved}", clock.Elapsed);
            }

            if (fault.Within is not { } within || clock.Elapsed + Retry > within)
            {
                throw new StepFailedException(name, $"{string.Join(' ', command)}: {problem}: {StepOutput.Excerpt(context, output)}");
            }

            await Task.Delay(Retry, ct);
        }
    }
}
