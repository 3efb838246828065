using System.CommandLine;
using ChaosBench.Checkers;
using ChaosBench.Cli.Styling;
using ChaosBench.Hosting;
using ChaosBench.Hosting.Extensions;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Records;
using ChaosBench.Reports.Elle;
using ChaosBench.Reports.Jsonl;

namespace ChaosBench.Cli.Commands;

/// <summary>
/// <c>chaosbench check HISTORY.jsonl --expect linearizable [--budget 30s]</c>: judges a history file, a run's or
/// another tool's (docs/history-format.md), with the checkers a run uses; a file named <c>*.edn</c> is read as
/// Jepsen writes histories (a run's <c>history.edn</c>, or Elle's), every other as <c>history.jsonl</c>. Exit codes as for a run: 0 passed, 1 failed,
/// 2 bad input, 3 unknown (nothing to judge, or the budget ran out).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("history") { Description = "A history.jsonl (one op per line, as docs/history-format.md describes), or a Jepsen history.edn." };
        var expect = new Option<string[]>("--expect") { Description = $"What must hold (repeatable): {string.Join(", ", HistoryExpectations.In(BuiltInKinds.Vocabulary).Select(k => k.Name))}.", Required = true };
        var budget = new Option<string>("--budget") { Description = "How long linearizable may search (default 30s); after that the verdict is unknown." };
        var check = new Command("check", "Judge a history file: exit 0 when every expectation holds, 1 when one fails, 3 when one cannot be judged.") { path, expect, budget };
        check.SetAction((parse, ct) => RunAsync(parse.GetValue(path)!, parse.GetValue(expect)!, parse.GetValue(budget), Console.Out, Console.Error, ct));
        return check;
    }

    internal static async Task<int> RunAsync(string path, IReadOnlyList<string> kinds, string? budgetText, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        // A team's own kinds count too: the --extension assemblies and the chaosbench.json nearest the file.
        IReadOnlyList<IExpectationKind> offered;
        try
        {
            offered = HistoryExpectations.In(Vocabularies.For(path));
        }
        catch (ExtensionException e)
        {
            return Invalid(stderr, e.Message);
        }

        if (kinds.FirstOrDefault(k => !offered.Any(o => o.Name == k)) is { } unknown)
        {
            return Invalid(stderr, $"--expect '{unknown}' cannot be judged on a history alone; fix: {Names.Suggest(unknown, [.. offered.Select(o => o.Name)])}");
        }

        TimeSpan? budget = null;
        if (budgetText is not null)
        {
            if (!Durations.TryParse(budgetText, out var parsed) || parsed <= TimeSpan.Zero)
            {
                return Invalid(stderr, $"--budget '{budgetText}' is not a positive duration; fix: write e.g. --budget 30s or --budget 2m");
            }

            budget = parsed;
        }

        Model.History.History history;
        try
        {
            history = path.EndsWith(".edn", StringComparison.OrdinalIgnoreCase)
                ? Model.History.History.Of(HistoryEdn.Read(path))
                : HistoryJsonl.Read(path);
        }
        catch (InvalidDataException e)
        {
            return Invalid(stderr, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Invalid(stderr, $"{path}: cannot read it: {e.Message}; fix: name a history.jsonl or history.edn you may read");
        }

        var verdicts = new List<Verdict>();
        foreach (var kind in kinds.Distinct())
        {
            var expectation = HistoryExpectations.Of(offered.First(o => o.Name == kind), budget);

            // Checkers take no cancellation: Ctrl-C stops waiting, and the process's exit stops the search.
            var verdict = await Task.Run(() => Judging.Judge(expectation, new CheckInput(history, [])), CancellationToken.None).WaitAsync(ct);
            verdicts.Add(verdict);
            VerdictText.Write(stdout, verdict, ConsoleStyle.For(stdout));
        }

        return verdicts.Any(v => v.Status == VerdictStatus.Unknown) ? ExitCodes.Errored
            : verdicts.Any(v => v.Status == VerdictStatus.Failed) ? ExitCodes.Failed
            : ExitCodes.Passed;
    }

    private static int Invalid(TextWriter stderr, string message)
    {
        var line = $"chaosbench: {message}";
        ConsoleStyle.WriteLine(stderr, ConsoleStyle.For(stderr), line, ConsoleStyle.Error(line));
        return ExitCodes.Invalid;
    }
}
