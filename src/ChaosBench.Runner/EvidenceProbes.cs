using System.Collections.Concurrent;
using System.Globalization;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Kinds.Evidence;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>
/// The evidence expectations want beyond the history (<see cref="IExpectationKind.Wants"/>), captured onto the
/// timeline: refusals to start, volume fingerprints around a start, HTTP answers after the faults.
/// </summary>
internal sealed class EvidenceProbes(Scenario scenario, RunRecorder recorder)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly List<EvidenceWant> _wants = [.. scenario.Expectations.SelectMany(e => e.Kind.Wants(e.Options))];
    private readonly ConcurrentDictionary<string, bool> _fingerprinted = new();

    /// <summary>Services whose refusal to start is the expected outcome: their readiness failing is evidence, not an error.</summary>
    public IReadOnlySet<string> MayRefuse => field ??= ServicesOf(_wants.OfType<RefusalWanted>().Select(w => w.Service));

    private IReadOnlySet<string> Fingerprinted => field ??= ServicesOf(_wants.OfType<FingerprintsWanted>().Select(w => w.Service));

    /// <summary>Fingerprints a stopped member's data the first time it is about to start again.</summary>
    public async Task BeforeStartAsync(FaultContext context, Member member, CancellationToken ct)
    {
        if (Fingerprinted.Contains(member.Service) && _fingerprinted.TryAdd(member.Name, true))
        {
            recorder.Record(TimelineKinds.Fingerprint, member.Name, "before " + await VolumeFingerprint.OfAsync(context, member, ct));
        }
    }

    /// <summary>Fingerprints again every member fingerprinted before, once it has had its chance to start.</summary>
    public async Task AfterRecoveryAsync(FaultContext context, CancellationToken ct)
    {
        foreach (var member in context.Deployment.Members.Where(m => _fingerprinted.ContainsKey(m.Name)))
        {
            recorder.Record(TimelineKinds.Fingerprint, member.Name, "after " + await VolumeFingerprint.OfAsync(context, member, ct));
        }
    }

    /// <summary>Asks each wanted URL until it gives the expected status or its time is up; every answer goes on the timeline.</summary>
    public Task ProbeHttpAsync(FaultContext context, CancellationToken ct) =>
        Task.WhenAll(_wants.OfType<HttpAnswersWanted>().Select(w => ProbeAsync(w, context, ct)));

    private async Task ProbeAsync(HttpAnswersWanted want, FaultContext context, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + want.Within;
        while (DateTime.UtcNow < deadline)
        {
            // Expanded at each attempt: a member without an address now may get one from a later start.
            var answer = context.ExpandUrl(want.Url) is { } url ? await AskAsync(want, url, context, ct) : "no address";
            recorder.Record(TimelineKinds.HttpStatus, want.Url, answer);
            if (answer == want.Until.ToString(CultureInfo.InvariantCulture))
            {
                return;
            }

            await Task.Delay(250, ct);
        }
    }

    /// <summary>The status <paramref name="url"/> answers, or how asking it failed.</summary>
    private static async Task<string> AskAsync(HttpAnswersWanted want, Uri url, FaultContext context, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            foreach (var (header, value) in want.Headers)
            {
                request.Headers.TryAddWithoutValidation(header, context.Expand(value));
            }

            using var response = await Http.SendAsync(request, ct);
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return e is TaskCanceledException ? "timeout" : "connection failed";
        }
    }

    /// <summary>The services the names stand for, a group's each.</summary>
    private HashSet<string> ServicesOf(IEnumerable<string> names) => [.. names.SelectMany(scenario.ServicesIn).Select(s => s.Name)];
}
