namespace ChaosBench.Model.Options;

/// <summary>The expectation kinds a scenario may name, and what each is written with.</summary>
public static class ExpectationKinds
{
    public const string NoLostWrites = "no-lost-writes";
    public const string RecoversWithin = "recovers-within";
    public const string Availability = "availability";
    public const string Log = "log";
    public const string RefusesToStart = "refuses-to-start";
    public const string HttpStatus = "http-status";
    public const string Linearizable = "linearizable";

    public static IReadOnlyList<string> All { get; } = [NoLostWrites, RecoversWithin, Availability, Log, RefusesToStart, HttpStatus, Linearizable];

    /// <summary>Kinds written with a duration (<c>recovers-within: 10s</c>).</summary>
    public static bool TakesValue(string kind) => kind == RecoversWithin;

    /// <summary>Kinds written with a mapping of parameters (<c>log: { service: db, pattern: "..." }</c>).</summary>
    public static bool TakesBody(string kind) => ParametersOf(kind).Count > 0;

    /// <summary>
    /// Kinds that may also be written as a bare name (<c>- no-lost-writes</c>): those with no value and no required
    /// parameter, so every parameter they take is an option with a default.
    /// </summary>
    public static bool MayBeBare(string kind) => !TakesValue(kind) && RequiredOf(kind).Count == 0;

    /// <summary>The parameters a kind written with a mapping accepts, in the order the docs list them.</summary>
    public static IReadOnlyList<string> ParametersOf(string kind) => kind switch
    {
        NoLostWrites => ["loss-window"],
        Availability => ["max-error-rate", "per"],
        Log => ["service", "pattern", "at-most", "at-least", "absent", "after"],
        RefusesToStart => ["service", "log", "data-untouched"],
        HttpStatus => ["url", "is", "within", "never", "headers"],
        Linearizable => ["budget"],
        _ => [],
    };

    /// <summary>The parameters a kind cannot do without.</summary>
    public static IReadOnlyList<string> RequiredOf(string kind) => kind switch
    {
        Availability => ["max-error-rate"],
        Log => ["service", "pattern"],
        RefusesToStart => ["service"],
        HttpStatus => ["url", "is"],
        _ => [],
    };
}
