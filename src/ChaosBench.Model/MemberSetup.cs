namespace ChaosBench.Model;

/// <summary>
/// What one member of a service runs with, its placeholders expanded (<see cref="MemberPlaceholders"/>): what
/// <c>plan</c> prints and the run starts.
/// </summary>
/// <param name="Command">The service's command; null keeps the cluster kind's or the image's.</param>
/// <param name="Args">Appended to the command.</param>
/// <param name="Ready">The probe, a URL's member names written <c>{NAME}</c> for the run to resolve to addresses; null: running is ready.</param>
public sealed record MemberSetup(
    string Member,
    IReadOnlyList<string>? Command,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Env,
    Readiness? Ready);
