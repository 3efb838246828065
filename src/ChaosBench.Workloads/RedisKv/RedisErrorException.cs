namespace ChaosBench.Workloads.RedisKv;

/// <summary>An error reply (<c>-ERR ...</c>, <c>-LOADING ...</c>), with the server's text.</summary>
internal sealed class RedisErrorException(string reply) : Exception($"Redis answered: {reply}")
{
    /// <summary>The reply after the <c>-</c>, e.g. <c>LOADING Redis is loading the dataset in memory</c>.</summary>
    public string Reply { get; } = reply;
}
