namespace ChaosBench.Faults;

/// <summary>What a fault did, as confirmed by the engine, and how long the confirmation took from the request.</summary>
public sealed record FaultEffect(string Detail, TimeSpan ConfirmedAfter)
{
    /// <summary>The member it brought back may fail to get ready, and that is recorded, not an error (<c>start</c> with <c>may-fail</c>).</summary>
    public bool MayFailToRecover { get; init; }
}
