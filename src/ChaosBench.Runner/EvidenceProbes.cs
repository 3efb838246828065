using System.Collections.Concurrent;
using ChaosBench.Checkers;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Runner;

/// <summary>
/// Evidence some expectations need beyond the history: volume fingerprints around a restart
/// (<c>refuses-to-start</c> with <c>data-untouched</c>) and HTTP answers after the faults (<c>http-status</c>).
/// </summary>
internal sealed class EvidenceProbes(Scenario scenario, RunRecorder recorder)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly ConcurrentDictionary<string, bool> _fingerprinted = new();

    /// <summary>Services whose refusal to start is the expected outcome: their readiness failing is evidence, not an error.</summary>
    public IReadOnlySet<string> MayRefuse { get; } = scenario.Expectations.Where(e => e.Kind == ExpectationKinds.RefusesToStart).SelectMany(e => scenario.ServicesIn(e.Service!)).Select(s => s.Name).ToHashSet();

    private IReadOnlySet<string> Fingerprinted { get; } = scenario.Expectations.Where(e => e.Kind == ExpectationKinds.RefusesToStart && e.DataUntouched).SelectMany(e => scenario.ServicesIn(e.Service!)).Select(s => s.Name).ToHashSet();

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

    /// <summary>Asks each http-status URL until it gives the expected status or its time is up; every answer goes on the timeline.</summary>
    public Task ProbeHttpAsync(FaultContext context, CancellationToken ct) =>
        Task.WhenAll(scenario.Expectations.Where(e => e.Kind == ExpectationKinds.HttpStatus).Select(e => ProbeAsync(e, context, ct)));

    private async Task ProbeAsync(Expectation expectation, FaultContext context, CancellationToken ct)
    {
        var url = context.Expand(expectation.Url!);
        var deadline = DateTime.UtcNow + (expectation.Within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            string answer;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                foreach (var (header, value) in expectation.Headers)
                {
                    request.Headers.TryAddWithoutValidation(header, context.Expand(value));
                }

                using var response = await Http.SendAsync(request, ct);
                answer = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                answer = e is TaskCanceledException ? "timeout" : "connection failed";
            }

            recorder.Record(TimelineKinds.HttpStatus, expectation.Url!, answer);
            if (answer == expectation.Is!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return;
            }

            await Task.Delay(250, ct);
        }
    }
}
