using ChaosBench.Model;
using ChaosBench.Model.Records;

namespace ChaosBench.Runner;

/// <summary>
/// What the run record says of each service it started. Capabilities come only from the scenario's <c>cap-add</c>:
/// no fault needs one today (a partition disconnects networks through the engine, it runs no iptables in a member),
/// and no container, helpers included, runs privileged.
/// </summary>
internal static class ServiceRecords
{
    public const string Declared = "declared by the scenario (cap-add)";

    public static ServiceRecord Of(Service service) =>
        new(service.Name, service.Members, service.Env, service.CapAdd.Select(c => new CapabilityRecord(c, Declared)).ToList());
}
