using System.CommandLine;
using ChaosBench.Model;
using ChaosBench.Model.Planning;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench plan FILES [--seed N]</c>: the resolved timeline and the images needed, without running anything.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml.", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<long?>("--seed") { Description = "The seed; the same seed prints the same plan byte for byte." };
        var plan = new Command("plan", "Print each scenario's resolved fault timeline and the images it needs; runs nothing.") { paths, seed };
        plan.SetAction(parse =>
        {
            var scenarios = ScenarioArguments.Load(parse.GetValue(paths)!);
            if (scenarios is null)
            {
                return ExitCodes.Invalid;
            }

            foreach (var scenario in scenarios)
            {
                var resolved = Planner.Resolve(scenario, parse.GetValue(seed) ?? scenario.Seed ?? SeededRandom.NewSeed());
                Console.Write(resolved.Describe());
                Console.Write(Images(scenario));
            }

            return ExitCodes.Passed;
        });
        return plan;
    }

    private static string Images(Scenario scenario)
    {
        var references = scenario.Services.Select(s => s.Image).Concat(scenario.Faults.Where(f => f.To is not null).Select(f => f.To!)).Distinct();
        var recipes = HarnessHome.Recipes;
        return "images:\n" + string.Concat(references.Select(reference => Service.RecipeOf(reference) is { } recipe
            ? File.Exists(Path.Combine(recipes, recipe + ".yaml"))
                ? $"  {reference}: built offline from fixtures/images/{recipe}.yaml when missing\n"
                : $"  {reference}: MISSING: no recipe fixtures/images/{recipe}.yaml\n"
            : $"  {reference}: must be on the engine (no registry is pulled from); load it with: docker load -i FILE.tar\n"));
    }
}
