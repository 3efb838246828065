using ChaosBench.Engine;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Options;

namespace ChaosBench.Runner.Provisioning;

/// <summary>
/// Starts every service once what it depends on has started, or is ready for a <c>healthy</c> dependency, as
/// Compose's <c>depends_on</c> does. Services that depend on nothing start together, and a service's members
/// always start together: clustered members wait for their peers.
/// </summary>
internal sealed class StartOrder(Scenario scenario, Deployment deployment, IContainerEngine engine, Func<Member, Task> ready)
{
    private readonly Dictionary<string, Task> _started = new(StringComparer.Ordinal);

    public Task StartAllAsync(CancellationToken ct) =>
        Task.WhenAll(scenario.Services.Where(s => !s.IsExternal).Select(s => Started(s.Name, ct)));

    /// <summary>The start of <paramref name="service"/>, begun once; dependencies are validated to form no circle.</summary>
    private Task Started(string service, CancellationToken ct)
    {
        if (!_started.TryGetValue(service, out var started))
        {
            started = _started[service] = StartAsync(scenario.Service(service), ct);
        }

        return started;
    }

    private async Task StartAsync(Service service, CancellationToken ct)
    {
        await Task.WhenAll(service.DependsOn.Select(d => d.Value == DependencyConditions.Healthy ? ReadyAsync(d.Key, ct) : Started(d.Key, ct)));
        var members = deployment.Of(service.Name);
        await Task.WhenAll(members.Select(m => engine.Containers.StartAsync(m.ContainerId, ct)));

        // Addresses are known once started, and a dependent's readiness probe may need them at once.
        foreach (var member in members)
        {
            member.Observe(await engine.Containers.InspectAsync(member.ContainerId, ct));
        }
    }

    private async Task ReadyAsync(string service, CancellationToken ct)
    {
        await Started(service, ct);
        await Task.WhenAll(deployment.Of(service).Select(ready));
    }
}
