using System.Globalization;
using ChaosBench.Model.History;

namespace ChaosBench.Workloads;

/// <summary>
/// A client's next transaction, as Elle's list-append generator makes them: 1 to 4 micro-operations, each on one of
/// the workload's keys, half appends and half reads, so that most transactions read what others write and write
/// what others read. Every element is unique in the whole history: the client's count, interleaved by client.
/// </summary>
internal sealed class AppendMix(Random random, int process, int clients, int keys)
{
    private const int MaxMicroOps = 4;

    private long _appended;

    public IReadOnlyList<MicroOp> Next()
    {
        var mops = new MicroOp[random.Next(1, MaxMicroOps + 1)];
        for (var i = 0; i < mops.Length; i++)
        {
            var key = random.Next(keys).ToString(CultureInfo.InvariantCulture);
            mops[i] = random.Next(2) == 0
                ? MicroOp.ReadOf(key)
                : MicroOp.AppendOf(key, (_appended++ * clients + process).ToString(CultureInfo.InvariantCulture));
        }

        return mops;
    }

    /// <summary>A read of every key: the last transaction, after recovery.</summary>
    public static IReadOnlyList<MicroOp> ReadAll(int keys) =>
        [.. Enumerable.Range(0, keys).Select(k => MicroOp.ReadOf(k.ToString(CultureInfo.InvariantCulture)))];
}
