using System.Collections.Concurrent;
using ChaosBench.Checkers;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Faults.Links;
using ChaosBench.Model;
using ChaosBench.Model.History;
using ChaosBench.Model.Kinds;
using ChaosBench.Model.Planning;
using ChaosBench.Model.Records;
using ChaosBench.Network.Proxy;
using ChaosBench.PowerLoss;
using ChaosBench.Runner.External;
using ChaosBench.Runner.Provisioning;
using ChaosBench.Workloads;

namespace ChaosBench.Runner;

/// <summary>The phases of a run, in order; any exception ends the run as errored (or aborted) in the phase it came from.</summary>
public sealed partial class ScenarioRunner
{
    private async Task RunPhasesAsync(RunContext runContext, CancellationToken ct)
    {
        var (scenario, settings, plan, run, mounts, recorder, history, state) = runContext;
        recorder.BeginPhase(RunPhase.Provision);
        LocalEngineCheck.Require(scenario, engine);
        state.External = ResolveExternal(scenario, settings);
        foreach (var external in state.External)
        {
            // https://user:pass@host, known only now: the password (and the pair, as written in the URL) never reach an artifact.
            state.Secrets.AddCredentialsIn(external.Url?.OriginalString);
        }

        var (imageIds, imageRecords) = await new ImageResolver(engine, images, settings).ResolveAsync(scenario, ct);
        state.Images = imageRecords;
        using var events = Evidence.WatchEvents(engine, run.RunId, recorder, detail => state.EngineLost(recorder.Phase, EngineLostReason(detail)), ct);
        var probe = new ReadinessProbe(engine);

        // A service may wait for another's readiness before it starts (depends-on healthy): each member is watched once.
        var firstReady = new ConcurrentDictionary<Member, Lazy<Task>>();
        Task FirstReady(Member m) => firstReady.GetOrAdd(m, _ => new Lazy<Task>(() => ReadyAsync(scenario, m, probe, recorder, mayRefuse: false, ct))).Value;
        var deployment = state.Deployment = await new Provisioner(run, scenario.Kinds.Clusters, mounts, plan, LinkEvents(recorder)).StartAsync(scenario, imageIds, FirstReady, ct);
        await using var peerLinks = deployment.PeerLinks;
        RecordListening(peerLinks.All, recorder);
        var addresses = new Addresses(deployment, state.External.ToDictionary(e => e.Service, e => e.Url!, StringComparer.Ordinal));
        foreach (var member in deployment.Members)
        {
            foreach (var (port, at) in member.PublishedPorts)
            {
                recorder.Record(TimelineKinds.Published, member.Name, $"{port} at {at}");
            }
        }

        recorder.BeginPhase(RunPhase.Ready);
        await Task.WhenAll(deployment.Members.Select(FirstReady));

        using var workload = scenario.Workload is { } w ? Create(w) : null;
        await using var links = await StartLinksAsync(plan, deployment, workload, recorder);
        addresses.Links = links;
        var context = workload is null ? null : new WorkloadContext(
            scenario.Workload!, plan.Seed,
            () => addresses.Endpoints(scenario.Workload!.Target, workload.Scheme, workload.Port),
            history, () => recorder.Now)
        {
            EndpointsOf = names => addresses.EndpointsOf(names, workload.Scheme, workload.Port),
        };
        recorder.BeginPhase(RunPhase.SteadyState);
        if (workload is not null)
        {
            try
            {
                await workload.CheckSteadyStateAsync(context!, ct);
            }
            catch (SteadyStateException e) when (!engine.IsLocal)
            {
                // Clients connect to members' addresses on the engine's networks; a remote engine's may not route here.
                throw new SteadyStateException($"{e.Message}; the engine at {engine.Endpoint} is remote, and the harness reaches members at their addresses on its networks, which must be routable from this machine", e);
            }
        }

        recorder.BeginPhase(RunPhase.Workload);
        var recovering = new ConcurrentQueue<Task>();
        var evidence = new EvidenceProbes(scenario, recorder);
        FaultContext faultContext = null!;
        faultContext = new FaultContext(run, deployment, reference => imageIds[reference])
        {
            Seed = plan.Seed,
            AllowHost = settings.AllowHost,
            Secrets = state.Secrets,
            BeforeStart = (m, token) => evidence.BeforeStartAsync(faultContext, m, token),
            ExpandAddresses = addresses.Expand,
            Links = links,
        };
        // Each repair of a member watches its readiness afresh; a fault that stops, crashes or replaces the member
        // before that boot got ready (a version hop, a power cut) ends the watch: the repair after it watches anew.
        // A watch that ends unready is judged once the timeline has settled: a member that crashed on its own
        // (a refused write) and that a later fault stops and starts again is judged by that later start's watch.
        var boots = new ConcurrentDictionary<Member, int>();
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var faults = new FaultTimeline(
            faultContext, scenario, recorder,
            (member, mayFail) =>
            {
                var boot = boots.GetOrAdd(member, 0);
                var ready = ReadyAsync(scenario, member, probe, recorder, mayFail || evidence.MayRefuse.Contains(member.Service), ct, new Watch(() => boots[member] > boot, settled.Task));
                recovering.Enqueue(ready);
                return ready;
            },
            member => boots.AddOrUpdate(member, 1, (_, n) => n + 1));
        try
        {
            var workloadStart = recorder.Now;
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                stop.CancelAfter(scenario.Duration);
                var clients = workload?.RunAsync(context!, stop.Token) ?? Task.Delay(scenario.Duration, ct);
                try
                {
                    await faults.RunAsync(plan, workloadStart, ct);
                }
                finally
                {
                    await clients.ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }

            recorder.BeginPhase(RunPhase.Heal);
            await faults.HealAsync(ct);
        }
        finally
        {
            settled.TrySetResult();
        }

        recorder.BeginPhase(RunPhase.Recovery);
        await Task.WhenAll(recovering);
        await evidence.AfterRecoveryAsync(faultContext, ct);
        await evidence.ProbeHttpAsync(faultContext, ct);
        if (workload is not null)
        {
            await workload.FinalReadAsync(context!, ct);
        }

        recorder.BeginPhase(RunPhase.Check);
        state.Logs = await Evidence.LogsAsync(engine, deployment, recorder.StartedAt);
        var input = new CheckInput(history, recorder.Timeline)
        {
            Logs = state.Logs.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            Members = scenario.MembersByName(),
            StartedAt = recorder.StartedAt,
            Kinds = scenario.Kinds,
        };
        state.Verdicts = scenario.Expectations.Select(e => Judging.Judge(e, input)).ToList();
        if (faults.FailedStep is { } step)
        {
            // The first deviation in time: the product answered a step wrongly before anything was judged.
            state.Fail(Outcome.Failed, step.Step, step.Problem);
            return;
        }

        state.Judge();
    }

    /// <summary>
    /// A proxy on the workload's port in front of every member a client-link fault names, before the steady-state
    /// check, so the workload's connections go through it from the first; each proxy's events go on the timeline.
    /// </summary>
    private static async Task<ClientLinks> StartLinksAsync(Plan plan, Deployment deployment, IWorkload? workload, RunRecorder recorder)
    {
        var shaped = plan.Faults.Where(p => p.Fault.Kind is IClientLinkFault).SelectMany(p => p.Members).ToHashSet(StringComparer.Ordinal);
        if (workload is null || shaped.Count == 0)
        {
            return ClientLinks.None;
        }

        var links = await ClientLinks.StartAsync(deployment.Members.Where(m => shaped.Contains(m.Name)), workload.Port, plan.Seed, LinkEvents(recorder));
        RecordListening(links.All, recorder);
        return links;
    }

    /// <summary>What happens on a link (a toxic added or removed, a connection it ended), on the timeline.</summary>
    private static Action<ProxyEvent> LinkEvents(RunRecorder recorder) =>
        e => recorder.Record(TimelineKinds.Link, e.Proxy, $"{OptionsShape.KebabCase(e.Kind.ToString())}{(e.Toxic is { } toxic ? $" {toxic}" : string.Empty)}: {e.Detail}");

    private static void RecordListening(IEnumerable<FaultProxy> proxies, RunRecorder recorder)
    {
        foreach (var proxy in proxies)
        {
            recorder.Record(TimelineKinds.Link, proxy.Name, $"listening at {proxy.Listening}, forwarding to {proxy.Destination}");
        }
    }

    /// <summary>A fresh workload of its kind; a kind registered without clients cannot run.</summary>
    private static IWorkload Create(Workload workload) =>
        workload.Kind is IWorkloadFactory factory ? factory.Create(workload) : throw new InvalidOperationException($"workload kind '{workload.Kind.Name}' ({workload.Kind.GetType().FullName}) has no clients: it must implement {nameof(IWorkloadFactory)}");

    private string EngineLostReason(string detail) =>
        $"the engine at {engine.Endpoint} went away mid-run ({detail}): it stopped or restarted, which ends the containers it ran, so the run cannot judge the product; its objects are removed once the engine is back (at the next start)";

    /// <summary>Every external service's base URL, before anything starts: a variable not set ends the run here.</summary>
    private static IReadOnlyList<ExternalUrl> ResolveExternal(Scenario scenario, RunSettings settings)
    {
        var urls = ExternalUrl.ResolveAll(scenario, settings.Variables);
        foreach (var external in urls)
        {
            if (external.Url is null)
            {
                throw new ExternalUrlException(external);
            }

            settings.Observer.Note($"external service {external.Service}: {external.Shown}");
        }

        return urls;
    }

    /// <summary>A repair's readiness watch: ended once a later fault <paramref name="Overtaken"/> it; judged once the timeline has <paramref name="Settled"/>.</summary>
    private sealed record Watch(Func<bool> Overtaken, Task Settled);

    /// <summary>
    /// Waits until the member answers its probe and puts its readiness on the timeline. Not ready in time is an
    /// error, unless the member <paramref name="mayRefuse"/>: then it is recorded as evidence of a refusal; nor when a
    /// later fault stopped it, or a later repair overtook the <paramref name="watch"/>.
    /// </summary>
    /// <returns>Whether it got ready.</returns>
    private async Task<bool> ReadyAsync(Scenario scenario, Member member, ReadinessProbe probe, RunRecorder recorder, bool mayRefuse, CancellationToken ct, Watch? watch = null)
    {
        // A log probe counts the lines of this boot: those after the container's last exit (all, if it never
        // exited). Not from now, nor from StartedAt: a fast product logs its ready line before either.
        var since = (await engine.Containers.InspectAsync(member.ContainerId, ct)).State.FinishedAt ?? DateTimeOffset.UnixEpoch;
        var service = scenario.Service(member.Service);
        var readiness = service.SetupOf(member.Name, scenario.Kinds.Clusters.Find(service.Cluster)?.DefaultReadiness).Ready;
        if (await probe.WaitAsync(member, readiness, since, ct, watch?.Overtaken))
        {
            recorder.Record(TimelineKinds.Ready, member.Name, readiness?.Http ?? (readiness?.Exec is { } exec ? string.Join(' ', exec) : readiness?.Log ?? "running"));
            return true;
        }

        if (!mayRefuse && watch is not null)
        {
            // Not ready yet is not the verdict while faults still act: a later stop, crash or repair may take it over.
            await watch.Settled.WaitAsync(ct);
        }

        if (member.State.HasFlag(MemberState.Stopped) || watch?.Overtaken() == true)
        {
            // A later fault stopped it before it got ready (a power cut a second after each boot): the repair
            // that follows watches it afresh (or already does), so this watch has nothing left to judge.
            return false;
        }

        var state = (await engine.Containers.InspectAsync(member.ContainerId, ct)).State;
        if (!mayRefuse)
        {
            throw new ReadinessException(member.Name, readiness, state.Running ? null : state.ExitCode);
        }

        recorder.Record(TimelineKinds.NotReady, member.Name, state.Running ? "running but not ready" : $"exited {state.ExitCode}");
        return false;
    }
}
