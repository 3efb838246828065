namespace ChaosBench.Model;

/// <summary>
/// One request template. A write is acknowledged by a status in <paramref name="Ok"/>; a read finds the
/// value at <paramref name="Value"/> (a JSON pointer; null: the whole body), or none on a status in <paramref name="Missing"/>.
/// </summary>
public sealed record HttpCall(string Method, string Path, string? Body, IReadOnlyList<int> Ok, string? Value, bool Base64, IReadOnlyList<int> Missing);
