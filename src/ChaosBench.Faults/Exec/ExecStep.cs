using System.Diagnostics;
using System.Globalization;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Faults.Exec;

/// <summary>
/// Runs a command in a running member, as an operator would with <c>docker exec</c> (a member remove/add, a
/// backup, a restore). The exit code and a match decide whether it held; with <c>within</c> it is tried again.
/// </summary>
public sealed class ExecStep : MemberFault<ExecOptions>
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(500);

    /// <summary>No command of a step may hang a run.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public override string Name => "exec";

    protected override string Detail(ExecOptions options) => $": {string.Join(' ', options.Command ?? [])}";

    protected override void Validate(ExecOptions options, KindCheck check)
    {
        check.Regex(options.Match, "match");
        Steps.Within(options, check);
        if (options.Command is { Count: > 0 } command)
        {
            check.References(command, "command");
            check.References([options.Match ?? string.Empty], "match");
        }

        if (options.Exit is { } exit && exit != "any" && !int.TryParse(exit, out _))
        {
            check.Error("exit", $"exit '{exit}' is not an exit code", "write a number, e.g. 'exit: 0', or 'exit: any' to only record it");
        }

        check.Saves(options.Save, answersJson: false);
    }

    protected override async Task<FaultEffect> ApplyAsync(FaultContext context, Member member, Fault fault, ExecOptions options, CancellationToken ct)
    {
        var command = options.Command!.Select(context.Expand).ToList();
        var name = $"{Name} {member.Name}";
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Limit);
            var result = await context.Engine.Containers.ExecAsync(member.ContainerId, command, limit.Token);
            var output = result.Stdout + result.Stderr;
            var problem = options.RequiredExit is { } exit && result.ExitCode != exit
                ? $"exit {result.ExitCode}, expected {exit}"
                : StepOutput.Mismatch(context, options, output);
            if (problem is null)
            {
                var saved = StepOutput.Save(context, options, name, result.Stdout);
                return new FaultEffect($"exit {result.ExitCode.ToString(CultureInfo.InvariantCulture)}: {StepOutput.Excerpt(context, output)}{saved}", clock.Elapsed);
            }

            if (options.Within is not { } within || clock.Elapsed + Retry > within)
            {
                throw new StepFailedException(name, $"{string.Join(' ', command)}: {problem}: {StepOutput.Excerpt(context, output)}");
            }

            await Task.Delay(Retry, ct);
        }
    }
}
