namespace ChaosBench.Engine;

/// <summary>One event from the engine's stream, e.g. type <c>container</c>, action <c>die</c>.</summary>
public sealed record EngineEvent(
    string Type,
    string Action,
    string ActorId,
    IReadOnlyDictionary<string, string> Attributes,
    DateTimeOffset Time);
