using System.CommandLine;
using ChaosBench.Model.Planning;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench plan FILES [--seed N] [--image REF=FILE.tar]</c>: the resolved timeline, the images and external services needed, without running anything.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml.", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<long?>("--seed") { Description = "The seed; the same seed prints the same plan byte for byte." };
        var images = ImageArguments.CreateOption();
        var plan = new Command("plan", "Print each scenario's resolved fault timeline, where its images come from and its external services' URLs; runs nothing.") { paths, seed, images };
        plan.SetAction(async (parse, ct) =>
        {
            var scenarios = ScenarioArguments.Load(parse.GetValue(paths)!);
            var errors = new List<string>();
            var options = ImageArguments.Parse(parse.GetValue(images) ?? [], errors);

            // A missing tarball is what plan is there to report; an option that names nothing is a usage error.
            errors.AddRange(scenarios is null ? [] : ImageArguments.Unused(scenarios, options));
            errors.ForEach(Console.Error.WriteLine);
            if (scenarios is null || errors.Count > 0)
            {
                return ExitCodes.Invalid;
            }

            using var lookup = new EngineImageLookup();
            var report = new PlanReport(lookup, Environment.GetEnvironmentVariable, HarnessHome.Recipes);
            foreach (var scenario in scenarios)
            {
                Console.Write(await report.RenderAsync(scenario, parse.GetValue(seed) ?? scenario.Seed ?? SeededRandom.NewSeed(), options, ct));
            }

            return ExitCodes.Passed;
        });
        return plan;
    }
}
