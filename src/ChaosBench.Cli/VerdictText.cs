using System.Collections;
using System.Globalization;
using ChaosBench.Cli.Styling;
using ChaosBench.Model.Records;
using Spectre.Console;

namespace ChaosBench.Cli;

/// <summary>
/// A verdict on the console: <c>expectation: status</c>, its summary, its evidence; a violation's window as one line
/// per operation, grouped by process, the impossible one marked.
/// </summary>
internal static class VerdictText
{
    /// <param name="styled">The terminal <paramref name="output"/> is, when colours are wanted there: the status is coloured, every other line as is.</param>
    public static void Write(TextWriter output, Verdict verdict, IAnsiConsole? styled = null)
    {
        var status = verdict.Status.ToString().ToLowerInvariant();
        ConsoleStyle.WriteLine(output, styled, $"{verdict.Expectation}: {status}", $"[bold]{Markup.Escape(verdict.Expectation)}[/]: {ConsoleStyle.Status(status)}");
        output.WriteLine($"  {verdict.Summary}");
        foreach (var (name, value) in verdict.Evidence.Where(e => e.Key != "violation"))
        {
            output.WriteLine($"  {name}: {Text(value)}");
        }

        if (verdict.Evidence.GetValueOrDefault("violation") is IDictionary<string, object?> violation && violation["lanes"] is IEnumerable lanes)
        {
            var impossible = (violation["impossible"] as IDictionary<string, object?>)?["index"];
            output.WriteLine($"  window on key \"{violation["key"]}\"{(violation["narrowed"] is true ? string.Empty : " (not narrowed: the budget ran out)")}:");
            foreach (var op in lanes.Cast<IDictionary<string, object?>>().SelectMany(l => ((IEnumerable)l["ops"]!).Cast<IDictionary<string, object?>>()))
            {
                var mark = Equals(op["index"], impossible) ? "   <- impossible" : string.Empty;
                output.WriteLine($"    p{op["process"]}  {Seconds(op["invoked-seconds"])}–{Seconds(op["completed-seconds"])} s  {op["f"]} {Op(op)} ({op["outcome"]}){mark}");
            }
        }
    }

    private static string Op(IDictionary<string, object?> op) =>
        op["f"] as string == "cas" ? $"{Value(op["expected"])}→{Value(op["value"])}" : Value(op["value"]);

    private static string Value(object? value) => value is string text ? $"\"{text}\"" : "absent";

    private static string Seconds(object? seconds) => seconds is double s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "never";

    private static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Text))}]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
