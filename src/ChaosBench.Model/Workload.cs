namespace ChaosBench.Model;

/// <summary>The client load: <paramref name="Clients"/> clients at <paramref name="Rate"/> operations per second in all.</summary>
public sealed record Workload(string Kind, string Target, int Clients, double Rate, int Keys)
{
    /// <summary><c>http-kv</c>: the product's REST API; null for the other kinds.</summary>
    public HttpApi? Http { get; init; }
}
