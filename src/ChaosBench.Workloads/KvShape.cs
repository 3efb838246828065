using ChaosBench.Model;
using ChaosBench.Model.History;

namespace ChaosBench.Workloads;

/// <summary>What <see cref="KvClients{T}"/>' operations are called in the history and which key each write goes to.</summary>
/// <param name="Write">The function of each write.</param>
/// <param name="FinalRead">The function of each read after recovery.</param>
/// <param name="Key">The key of a client's next write, from its random stream.</param>
internal sealed record KvShape(string Write, string FinalRead, Func<Random, Workload, string> Key)
{
    /// <summary>Registers: each write overwrites one of the workload's keys, chosen by the seed.</summary>
    public static KvShape Registers { get; } = new(KvFunctions.Write, KvFunctions.FinalRead, (random, workload) => $"k{random.Next(workload.Keys):D6}");

    /// <summary>One set: each write adds a unique element to it; the final read returns every member.</summary>
    public static KvShape Set { get; } = new(SetFunctions.Add, SetFunctions.FinalRead, (_, _) => "chaosbench-set");

    /// <summary>One list: each write appends a unique element to it; the final read returns every element in order.</summary>
    public static KvShape List { get; } = new(ListFunctions.Append, ListFunctions.FinalRead, (_, _) => "chaosbench-list");
}
