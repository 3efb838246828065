namespace ChaosBench.LinearizabilityBench;

/// <summary>
/// One kind of history the bench generates and times: so many operations over so many keys by so many clients, with
/// unique values (as ChaosBench's workloads write) or a few repeating ones (as Jepsen's cas-register test writes).
/// </summary>
/// <param name="Name">How the tables name it.</param>
/// <param name="TargetSeconds">The goal for its best check, or null for a row shown for information.</param>
/// <param name="TargetPeakMiB">The goal for its peak resident set, or null.</param>
internal sealed record Shape(string Name, int Operations, int Keys, int Clients, int Values, double? TargetSeconds, double? TargetPeakMiB)
{
    public static IReadOnlyList<Shape> All { get; } =
    [
        new("many-keys", 100_000, 1_000, 8, 0, 1, 500),
        new("one-key", 10_000, 1, 5, 0, 10, null),
        new("one-key-5-values", 10_000, 1, 5, 5, null, null),
    ];

    public bool UniqueValues => Values == 0;

    public string Describe() =>
        $"{Operations:N0} ops, {Keys:N0} {(Keys == 1 ? "key" : "keys")}, {Clients} clients, {(UniqueValues ? "unique values" : $"values 0–{Values - 1}")}";
}
