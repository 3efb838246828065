using ChaosBench.Model;
using ChaosBench.Model.Redaction;
using Spectre.Console;

namespace ChaosBench.Cli.Styling;

/// <summary><c>plan</c> on a terminal: the timeline, the services, the workload and expectations, the images, as tables.</summary>
internal static class PlanTable
{
    public static void Write(IAnsiConsole console, ResolvedPlan plan)
    {
        var redactor = Redactor.For(plan.Scenario);
        string Text(string value) => Markup.Escape(redactor.Redact(value) ?? string.Empty);

        console.MarkupLine($"[bold]scenario {Text(plan.Scenario.Name)}[/]  seed {plan.Plan.Seed}  duration {Durations.Format(plan.Plan.Duration)}");
        var timeline = new Table().AddColumn("at").AddColumn("step");
        timeline.AddRow("+0s", "workload starts");
        foreach (var fault in plan.Plan.Faults)
        {
            timeline.AddRow($"+{Durations.Format(fault.At)}", Text(ResolvedPlan.Step(fault)));
        }

        timeline.AddRow($"+{Durations.Format(plan.Plan.Duration)}", "workload stops; heal every fault still in effect; check expectations");
        foreach (var decision in plan.Plan.Decisions)
        {
            timeline.AddRow("decision", Text($"{decision.Step}: {decision.Choice} of [{string.Join(", ", decision.Options)}]"));
        }

        console.Write(timeline);

        var services = new Table().AddColumn("service").AddColumn("image").AddColumn("members");
        plan.Scenario.Services.ToList().ForEach(s => services.AddRow(Text(s.Name), Text(s.Image), Text(string.Join(", ", s.Members))));
        console.Write(services);

        var checks = new Table().AddColumn("runs").AddColumn("as");
        checks.AddRow("workload", Text(plan.Workload ?? "none"));
        plan.Expectations.ToList().ForEach(e => checks.AddRow($"expect {Markup.Escape(e.Kind)}", Text(e.Description)));
        console.Write(checks);

        var images = new Table().AddColumn("image").AddColumn("from");
        plan.Images.ToList().ForEach(i => images.AddRow(Text(i.Reference), Source(Text(i.Source))));
        plan.External.ToList().ForEach(e => images.AddRow($"external {Text(e.Service)}", Source(Text(e.Url))));
        console.Write(images);
    }

    private static string Source(string escaped) => escaped.StartsWith("MISSING:", StringComparison.Ordinal) ? $"[red]{escaped}[/]" : escaped;
}
