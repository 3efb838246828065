namespace ChaosBench.Network.Proxy;

/// <summary>
/// Threads of the proxy's own for calls that block in the kernel. A socket read on a thread of its own wakes once per
/// chunk (the kernel wakes the thread); an async read wakes twice (the engine's epoll thread, then a pool thread),
/// and on a machine whose cores the load generator and the member share, each wake-up waits for a CPU.
/// </summary>
internal static class Dedicated
{
    /// <summary>Runs <paramref name="body"/> on a new background thread; the task ends with it, faulted if it threw.</summary>
    public static Task Start(string name, Action body)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                body();
                done.SetResult();
            }
            catch (Exception e)
            {
                // Kept in the task, as an async method would: a raw thread's exception would end the process.
                done.SetException(e);
            }
        })
        { IsBackground = true, Name = name }.Start();
        return done.Task;
    }
}
