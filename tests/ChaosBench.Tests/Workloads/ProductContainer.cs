using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;

namespace ChaosBench.Tests.Workloads;

/// <summary>A product image's container on a network of the test's run, started and probed until ready.</summary>
internal static class ProductContainer
{
    /// <summary>Starts <paramref name="recipe"/>'s image; returns its id and its address on the run's bridge.</summary>
    public static async Task<(string Id, string Address)> StartAsync(RunResources run, string recipe, IReadOnlyList<string> ready)
    {
        var image = await TestEnvironment.ImageAsync(recipe);
        var network = await run.CreateNetworkAsync($"{run.RunId}-net");
        var id = await run.CreateContainerAsync(new ContainerSpec
        {
            Image = image.Id,
            Name = $"{run.RunId}-{recipe}",
            Networks = [new NetworkAttachment(network, [recipe])],
        });
        await run.Engine.Containers.StartAsync(id);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
        {
            var probe = await run.Engine.Containers.ExecAsync(id, ready);
            if (probe.Succeeded)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{recipe} not ready within 30 s: {probe.Stdout}{probe.Stderr}");
            }
        }

        var info = await run.Engine.Containers.InspectAsync(id);
        return (id, info.NetworkAddresses.Values.Single());
    }
}
