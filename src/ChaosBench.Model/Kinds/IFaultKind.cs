using ChaosBench.Model.Kinds.Values;

namespace ChaosBench.Model.Kinds;

/// <summary>
/// A fault or step kind as the scenario sees it: its options, the member states it needs and leaves, its repair,
/// and how the plan and the reports show it. The loader, validator, schema, planner, timeline, heal phase and
/// reports read these, so a kind is declared once. Derive from <see cref="FaultKind{TOptions}"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KindNameConverter))]
public interface IFaultKind : IKind
{
    /// <summary>Its options class; one deriving from <see cref="TargetOptions"/> makes the kind act on members.</summary>
    Type OptionsType { get; }

    /// <summary>Whether it acts on members given by <c>target</c> and <c>pick</c>; a request names its service in its URL.</summary>
    bool TargetsMembers { get; }

    /// <summary>The state its member must be in (start: stopped); null: any.</summary>
    MemberState? Needs { get; }

    /// <summary>Whether it ends the state it <see cref="Needs"/> (start, resume, heal), so the heal phase uses it.</summary>
    bool Repairs { get; }

    /// <summary>Whether its member then recovers: the runner watches its readiness, <c>recovers-within</c> measures from it.</summary>
    bool StartsRecovery { get; }

    /// <summary>
    /// Whether <c>pick: rolling</c> may aim it: its members one at a time, each ready (and its cluster healthy) before
    /// the next, as a rolling upgrade goes. Only a kind that <see cref="StartsRecovery"/> has a readiness to wait for.
    /// Default: false.
    /// </summary>
    bool Rolls => false;

    /// <summary>The kind that undoes it (kill: start), which <c>for</c> and the heal phase use; null: nothing does.</summary>
    string? RepairedBy { get; }

    /// <summary>Whether it ends a product without letting it flush: what a <c>loss-window</c> is measured back from.</summary>
    bool IsCrash { get; }

    /// <summary>The layer it acts through, on some volume of its member: <c>faults: true</c> or <c>durability: power-loss</c>; None: no volume.</summary>
    VolumeLayer NeedsLayer { get; }

    /// <summary>How the report's time axis draws it.</summary>
    ReportMarker Marker { get; }

    /// <summary>The state it leaves its member in with these options (a kill with SIGHUP leaves none); null: unchanged.</summary>
    MemberState? Leaves(object options);

    /// <summary>The images it runs (version-hop's <c>to</c>), which the run must provide.</summary>
    IEnumerable<string> Images(object options);

    /// <summary>What the plan line adds after the target: <c> (signal KILL)</c>.</summary>
    string Detail(object options);

    /// <summary>What the plan line adds after the target when it hits members of <paramref name="service"/> alone (a version hop's new command). Default: <see cref="Detail(object)"/>.</summary>
    string Detail(object options, Service service) => Detail(options);

    /// <summary>What a kind that hits no member acts on, in the plan and on the timeline (a request: its URL); null for the others.</summary>
    string? Subject(object options);

    /// <summary>What the plan line adds at its end: <c> (may fail)</c>.</summary>
    string Note(object options);

    /// <summary>Checks the options against each other and the scenario; each problem through <paramref name="check"/>.</summary>
    void Validate(object options, KindCheck check);

    /// <summary>What to say of <paramref name="key"/>, a parameter of another kind, when it means something else here; null: the usual "takes no".</summary>
    OptionProblem? Refuses(string key);

    /// <summary>
    /// The members these options name themselves (a partition's sides), which then stand for <c>target</c>; null (the
    /// default): the target says whom the fault hits.
    /// </summary>
    IReadOnlyList<string>? OwnMembers(object options) => null;

    /// <summary>The keys that name members in place of <c>target</c> (<see cref="OwnMembers"/>), for the schema. Default: none.</summary>
    IReadOnlyList<string> OwnMemberKeys => [];

    /// <summary>Whether the fault acts once on every member of its target together (a partition's shape), so <c>pick</c> does not apply. Default: false.</summary>
    bool HitsAllAtOnce(object options) => false;
}
