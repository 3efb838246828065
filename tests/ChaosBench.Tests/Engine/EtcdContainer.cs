using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Tests.Engine;

/// <summary>A single etcd 3.4 started for a test, ready when <c>etcdctl endpoint health</c> says so.</summary>
internal static class EtcdContainer
{
    public static async Task<string> StartAsync(RunResources run, string? network = null)
    {
        var image = await TestEnvironment.ImageAsync("etcd-3.4");
        var id = await run.CreateContainerAsync(new ContainerSpec
        {
            Image = image.Id,
            Name = $"{run.RunId}-etcd",
            Networks = network is null ? [] : [new NetworkAttachment(network, ["etcd"])],
        });
        await run.Engine.Containers.StartAsync(id);
        await WaitHealthyAsync(run.Engine, id);
        return id;
    }

    public static async Task WaitHealthyAsync(IContainerEngine engine, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var health = await engine.Containers.ExecAsync(id, ["etcdctl", "endpoint", "health"]);
            if (health.Succeeded)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"etcd not healthy within 30 s: {health.Stderr}");
            }

            await Task.Delay(100);
        }
    }
}
