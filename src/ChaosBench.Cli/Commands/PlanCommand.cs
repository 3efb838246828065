using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChaosBench.Cli.Sharding;
using ChaosBench.Cli.Styling;
using ChaosBench.Hosting;
using ChaosBench.Images;
using ChaosBench.Model.Planning;

namespace ChaosBench.Cli.Commands;

/// <summary><c>chaosbench plan FILES [--seed N] [--image REF=FILE.tar] [--shard I/N [--durations PATH]]</c>: the resolved timeline, the images and external services needed, without running anything.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml.", Arity = ArgumentArity.OneOrMore };
        var seed = new Option<long?>("--seed") { Description = "The seed; the same seed prints the same plan byte for byte." };
        var images = ImageArguments.CreateOption();
        var allowHost = AllowHostOption.Create();
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per scenario: timeline, services, workload, expectations, images, external services (default: text; tables on a terminal)." };
        var shards = new ShardArguments();
        var plan = new Command("plan", "Print each scenario's resolved fault timeline, its workload and expectations, where its images come from and its external services' URLs; runs nothing. With --shard, first the files the shard takes.") { paths, seed, images, allowHost, json };
        shards.AddTo(plan);
        plan.SetAction(async (parse, ct) =>
        {
            var selection = shards.Load(parse, parse.GetValue(paths)!, Console.Out, allowHost: parse.GetValue(allowHost));
            var errors = new List<string>();
            var options = ImageArguments.Parse(parse.GetValue(images) ?? [], errors);

            // A missing tarball is what plan is there to report; an option that names nothing is a usage error.
            errors.AddRange(selection is null ? [] : ImageArguments.Unused(selection.All, options));
            errors.ForEach(Console.Error.WriteLine);
            if (selection is null || errors.Count > 0)
            {
                return ExitCodes.Invalid;
            }

            using var lookup = new EngineImageLookup();
            var report = new PlanReport(lookup, Environment.GetEnvironmentVariable, RecipeCatalog.WithVariable(HarnessHome.Recipes, Environment.GetEnvironmentVariable(RecipeFolders.Variable)));
            var tables = parse.GetValue(json) ? null : ConsoleStyle.Tables();
            var documents = new JsonArray();
            foreach (var scenario in selection.Chosen)
            {
                var resolved = await report.ResolveAsync(scenario, parse.GetValue(seed) ?? scenario.Seed ?? SeededRandom.NewSeed(), options, ct);
                if (parse.GetValue(json))
                {
                    documents.Add(PlanJson.Of(resolved));
                }
                else if (tables is not null)
                {
                    PlanTable.Write(tables, resolved);
                }
                else
                {
                    Console.Write(PlanReport.Render(resolved));
                }
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(documents.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }

            return ExitCodes.Passed;
        });
        return plan;
    }
}
