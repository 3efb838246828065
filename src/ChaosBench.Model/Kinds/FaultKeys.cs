namespace ChaosBench.Model.Kinds;

/// <summary>
/// The keys under a fault's kind (<c>kill: { target: etcd, signal: KILL, for: 2s }</c>): its options', then the
/// timeline's own: <c>for</c> when the kind has a repair, <c>when-log</c> when it acts on members.
/// </summary>
public static class FaultKeys
{
    public const string At = "at";

    public const string For = "for";

    public const string WhenLog = "when-log";

    /// <summary>Every key <paramref name="kind"/> takes, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Of(IFaultKind kind) =>
        [.. OptionsShape.Of(kind.OptionsType).Keys, .. kind.RepairedBy is null ? Array.Empty<string>() : [For], .. kind.TargetsMembers ? [WhenLog] : Array.Empty<string>()];

    /// <summary>The fix for a key the kind does not take: <c>stop takes target, pick, for, when-log</c>.</summary>
    public static string Takes(IFaultKind kind) => $"{kind.Name} takes {string.Join(", ", Of(kind))}";
}
