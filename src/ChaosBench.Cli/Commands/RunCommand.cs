using System.CommandLine;
using ChaosBench.Cli.Sharding;
using ChaosBench.Hosting;
using ChaosBench.Model.Records;
using ChaosBench.Reports;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench run FILES|DIRS [--seed N] [--out DIR] [--keep-on-failure] [--image REF=FILE.tar]... [--pull] [--strict-env] [--shard I/N [--durations PATH]]</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml; a matrix file runs once per combination.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where run folders go.", DefaultValueFactory = _ => RunFolder.DefaultBase };
        var strict = new Option<bool>("--strict-env") { Description = "A variable a Compose file uses unset is an error, as certify makes it (default: empty, as Compose reads it, and listed in run.json)." };
        var suite = new SuiteRun();
        var shards = new ShardArguments();
        var run = new Command("run", "Run scenarios against real products; write run.json, history, JUnit, Markdown and HTML reports.") { paths, output, strict };
        suite.AddTo(run);
        shards.AddTo(run);
        run.SetAction((parse, ct) => suite.RunAsync(parse, shards.Load(parse, parse.GetValue(paths)!, Console.Error, parse.GetValue(strict), suite.AllowHost(parse)), parse.GetValue(output)!, ct));
        return run;
    }
}
