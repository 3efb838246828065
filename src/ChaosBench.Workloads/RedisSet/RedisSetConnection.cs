using ChaosBench.Model.History;
using ChaosBench.Workloads.RedisKv;

namespace ChaosBench.Workloads.RedisSet;

/// <summary>A Redis connection seen as a set: a write is <c>SADD</c>, a read is <c>SMEMBERS</c> joined by <see cref="SetFunctions.Separator"/>.</summary>
internal sealed class RedisSetConnection(RedisConnection redis) : IKvConnection
{
    public Task PrepareAsync(CancellationToken ct) => redis.PrepareAsync(ct);

    public Task WriteAsync(string key, string value, CancellationToken ct) => redis.AddAsync(key, value, ct);

    /// <summary>Every member; a set Redis does not have reads as empty, as Redis itself treats it.</summary>
    public async Task<string?> ReadAsync(string key, CancellationToken ct) => SetFunctions.Join(await redis.MembersAsync(key, ct));

    public void Dispose() => redis.Dispose();
}
