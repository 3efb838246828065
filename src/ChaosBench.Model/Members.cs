namespace ChaosBench.Model;

/// <summary>How a service's members are named: the service's own name alone, else <c>NAME-1</c> … <c>NAME-N</c>.</summary>
public static class Members
{
    public static IReadOnlyList<string> Of(string service, int replicas) =>
        replicas <= 1 ? [service] : Enumerable.Range(1, replicas).Select(i => $"{service}-{i}").ToList();
}
