using ChaosBench.Model.History;

namespace ChaosBench.Tests.Reports;

/// <summary>
/// 100 operations (200 ops: invoke and completion) by 3 clients, one every 200 ms over a 20 s workload. Around
/// the kill of etcd-2 at 5 s writes time out (info) and reads fail; client 1, which talks to etcd-2, is refused
/// until it fails over at 8 s.
/// </summary>
internal static class SampleHistory
{
    public static History Build()
    {
        var history = new History();
        var store = new Dictionary<string, string>();
        for (var i = 0; i < 100; i++)
        {
            var process = i % 3;
            var f = i % 3 == 2 ? "read" : "write";
            var key = $"k{i % 4}";
            var invokedAt = TimeSpan.FromMilliseconds(200 * i);
            // Sub-millisecond latencies, so a round trip must keep every tick.
            var completedAt = invokedAt + TimeSpan.FromTicks(31_417 + (i * 977));
            history.Append(invokedAt, OpType.Invoke, process, f, key, f == "write" ? $"v{i}" : null);

            var seconds = invokedAt.TotalSeconds;
            if (seconds is >= 5.0 and < 5.6)
            {
                history.Append(completedAt, f == "write" ? OpType.Info : OpType.Fail, process, f, key, null, f == "write" ? "context deadline exceeded" : "etcdserver: leader changed");
            }
            else if (process == 1 && seconds is >= 5.6 and < 8.0)
            {
                history.Append(completedAt, OpType.Fail, process, f, key, null, "dial tcp etcd-2:2379: connect: connection refused");
            }
            else if (f == "write")
            {
                store[key] = $"v{i}";
                history.Append(completedAt, OpType.Ok, process, f, key, store[key]);
            }
            else
            {
                history.Append(completedAt, OpType.Ok, process, f, key, store.GetValueOrDefault(key));
            }
        }

        return history;
    }
}
