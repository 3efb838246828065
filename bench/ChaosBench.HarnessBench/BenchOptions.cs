using System.Globalization;

namespace ChaosBench.HarnessBench;

/// <summary>
/// <c>--repo DIR --cli DLL [--suite overhead|recovery|parallel|footprint]... [--trials 3]</c>: the checkout, the built
/// CLI (run as <c>dotnet DLL</c>, never through a build), the suites to run (default: all) and trials per timed variant.
/// </summary>
internal sealed record BenchOptions(string Repo, string Cli, IReadOnlyList<string> Suites, int Trials)
{
    public static readonly string[] AllSuites = ["overhead", "recovery", "parallel", "footprint"];

    public const string Usage = "usage: chaosbench-harness-bench --repo DIR --cli chaosbench.dll [--suite overhead|recovery|parallel|footprint]... [--trials 3]";

    /// <exception cref="FormatException">An unknown option or a bad value; the message says which.</exception>
    public static BenchOptions Parse(string[] args)
    {
        var (repo, cli, suites, trials) = ((string?)null, (string?)null, new List<string>(), 3);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--repo": repo = value; break;
                case "--cli": cli = value; break;
                case "--suite" when AllSuites.Contains(value): suites.Add(value); break;
                case "--suite": throw new FormatException($"--suite '{value}' is not one of {string.Join(", ", AllSuites)}");
                case "--trials" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20: trials = n; break;
                case "--trials": throw new FormatException($"--trials '{value}' is not a whole number from 1 to 20");
                default: throw new FormatException($"unknown option {args[i]}");
            }
        }

        return new BenchOptions(
            repo ?? throw new FormatException("--repo is required"),
            cli ?? throw new FormatException("--cli is required"),
            suites.Count == 0 ? AllSuites : suites,
            trials);
    }
}
