using System.Collections;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.History;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;

namespace ChaosBench.Model.Redaction;

/// <summary>Redaction of whole records, field by field, before any writer sees them.</summary>
public sealed partial class Redactor
{
    /// <summary><paramref name="run"/> with every text that may carry a secret redacted, and services' env hidden by name.</summary>
    public RunRecord Redact(RunRecord run) => run with
    {
        Matrix = RedactByName(run.Matrix),
        ExternalServices = run.ExternalServices.ToDictionary(e => e.Key, e => Redact(e.Value), StringComparer.Ordinal),
        Services = run.Services.Select(s => s with { Env = RedactByName(s.Env) }).ToList(),
        Plan = run.Plan is { } plan ? Redact(plan) : null,
        RuntimeDecisions = run.RuntimeDecisions.Select(Redact).ToList(),
        Timeline = run.Timeline.Select(e => e with { Target = Redact(e.Target), Detail = Redact(e.Detail) }).ToList(),
        Verdicts = run.Verdicts.Select(v => v with { Expectation = Redact(v.Expectation), Summary = Redact(v.Summary), Evidence = v.Evidence.ToDictionary(e => e.Key, e => RedactValue(e.Value)) }).ToList(),
        FailedStep = Redact(run.FailedStep),
        Reason = Redact(run.Reason),
    };

    /// <summary>A plan whose steps' commands, URLs, bodies, headers and patterns are redacted.</summary>
    public Plan Redact(Plan plan) => plan with
    {
        Faults = plan.Faults.Select(p => p with { Fault = Redact(p.Fault), Target = Redact(p.Target) }).ToList(),
        Decisions = plan.Decisions.Select(Redact).ToList(),
    };

    /// <summary>
    /// A history whose keys, values (a compare-and-set's old value too), errors and transactions' micro-operations
    /// are redacted.
    /// </summary>
    public History.History Redact(History.History history) =>
        History.History.Of(history.Ops.Select(o => o with
        {
            Key = Redact(o.Key),
            Value = Redact(o.Value),
            Error = Redact(o.Error),
            Expected = Redact(o.Expected),
            Txn = o.Txn?.Select(Redact).ToList(),
        }));

    private MicroOp Redact(MicroOp mop) => mop with
    {
        Key = Redact(mop.Key)!,
        Value = Redact(mop.Value),
        Read = mop.Read?.Select(e => Redact(e)!).ToList(),
    };

    /// <summary>Every text of the fault's options redacted; a mapping marked <see cref="RedactByNameAttribute"/> (headers) by name too.</summary>
    private Fault Redact(Fault f) => f with { WhenLog = Redact(f.WhenLog), Options = RedactOptions(f.Options) };

    private object RedactOptions(object options)
    {
        var shape = OptionsShape.Of(options.GetType());
        var redacted = shape.MapTexts(options, text => Redact(text));
        foreach (var field in shape.Fields.Where(f => f.RedactByName && f.Get(redacted) is IReadOnlyDictionary<string, string>))
        {
            var byName = RedactByName((IReadOnlyDictionary<string, string>)field.Get(redacted)!);
            field.Set(redacted, byName.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
        }

        return redacted;
    }

    private Decision Redact(Decision d) => d with { Choice = Redact(d.Choice), Options = d.Options.Select(o => Redact(o)).ToList() };

    /// <summary>Evidence keeps its runtime types (reports read them back): a collection is rebuilt only when a text in it changed.</summary>
    private object? RedactValue(object? value)
    {
        switch (value)
        {
            case string text:
                return Redact(text);
            case IDictionary map:
                var entries = map.Keys.Cast<object>().Select(k => (Key: k.ToString() ?? string.Empty, Value: map[k], Redacted: RedactValue(map[k]))).ToList();
                return entries.All(e => ReferenceEquals(e.Value, e.Redacted) || Equals(e.Value, e.Redacted)) ? value : entries.ToDictionary(e => e.Key, e => e.Redacted);
            case IEnumerable items:
                var pairs = items.Cast<object?>().Select(i => (Item: i, Redacted: RedactValue(i))).ToList();
                return pairs.All(p => ReferenceEquals(p.Item, p.Redacted) || Equals(p.Item, p.Redacted)) ? value : pairs.Select(p => p.Redacted).ToList();
            default:
                return value;
        }
    }
}
