using System.Globalization;
using ChaosBench.BenchShared;
using ChaosBench.HarnessBench;

// The harness against the docker CLI and against itself: scenario overhead, recovery-time precision, parallel runs,
// footprint. Prints Markdown. Exit codes: 0 measured (a missed goal is a finding), 1 could not measure or a verdict
// was wrong, 2 bad usage, 130 interrupted.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine($"{e.Message}\n{BenchOptions.Usage}");
    return 2;
}

using var interruption = new Interruption();

var cli = new Cli(options);
var evidence = Path.Combine(options.Repo, ".build", "harness-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
Console.WriteLine($"## Harness benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC\n");
Console.WriteLine($"Suites: {string.Join(", ", options.Suites)}; {options.Trials} trials each; {Environment.ProcessorCount} cores.\n");
try
{
    foreach (var suite in options.Suites)
    {
        var folder = Directory.CreateDirectory(Path.Combine(evidence, suite)).FullName;
        Console.Error.WriteLine($"harness bench: {suite}...");
        await (suite switch
        {
            "overhead" => OverheadSuite.RunAsync(cli, folder, options.Trials, Console.Out, interruption.Token),
            "recovery" => RecoverySuite.RunAsync(cli, folder, options.Trials, Console.Out, interruption.Token),
            "parallel" => ParallelSuite.RunAsync(cli, folder, options.Trials, Console.Out, interruption.Token),
            _ => FootprintSuite.RunAsync(cli, folder, options.Trials, Console.Out, interruption.Token),
        });
        Console.Out.Flush();
    }

    return 0;
}
catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
{
    Console.Error.WriteLine("harness bench: interrupted");
    return 130;
}
catch (BenchFailedException e)
{
    Console.Error.WriteLine($"harness bench: {e.Message}");
    return 1;
}
