using ChaosBench.Model.Kinds;
using ChaosBench.Model.Options;

namespace ChaosBench.Model;

/// <summary>Expectations: known kinds, their options, and what each needs from the rest of the scenario.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateExpectations(ScenarioOptions scenario, Vocabulary kinds, List<ScenarioError> errors)
    {
        // Expectations are judged after the timeline, so any value a step saved may be used.
        var saved = scenario.Faults.SelectMany(f => f.Options is IStepOptions step ? step.Save.Keys : Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Expect.Count; i++)
        {
            var expectation = scenario.Expect[i];
            var path = $"expect[{i}]";
            if (kinds.Expectations.Find(expectation.Kind) is not { } kind)
            {
                errors.Add(new(path, $"unknown expectation '{expectation.Kind}'", Names.Suggest(expectation.Kind ?? string.Empty, kinds.Expectations.Names)));
                continue;
            }

            path = $"{path}.{kind.Name}";
            if (KindCheck.OptionsOf(kind.Name, kind.OptionsType, expectation.Options, [.. OptionsShape.Of(kind.OptionsType).Keys], key => Owners(kinds.Expectations, key), path, errors) is not { } options)
            {
                continue;
            }

            var check = new KindCheck(scenario, kind.Name, path, errors) { Saved = saved };
            check.Required(options, kind.Shorthand);
            if (kind.JudgesHistory && scenario.Workload is null)
            {
                errors.Add(new(path, $"{kind.Name} judges the workload's history, and there is no workload", "add a 'workload:' section"));
            }

            kind.Validate(options, check);
        }
    }

    /// <summary>The fix for an option a kind does not take: which kinds it belongs to.</summary>
    private static string Owners<TKind>(KindCatalog<TKind> kinds, string key)
        where TKind : class, IKind =>
        $"{key} belongs to {string.Join(", ", kinds.Where(k => OptionsShape.Of(OptionsTypeOf(k)).Find(key) is not null).Select(k => k.Name))}";

    private static Type OptionsTypeOf(IKind kind) => kind switch
    {
        IFaultKind fault => fault.OptionsType,
        IExpectationKind expectation => expectation.OptionsType,
        IWorkloadKind workload => workload.OptionsType,
        _ => typeof(NoOptions),
    };
}
