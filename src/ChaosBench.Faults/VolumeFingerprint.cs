using ChaosBench.Engine;

namespace ChaosBench.Faults;

/// <summary>
/// A SHA-256 over every file (path and content) in a member's volumes, computed by a short-lived helper
/// container on the member's own image, so "data untouched" is a fact, not a hope.
/// </summary>
public static class VolumeFingerprint
{
    public static async Task<string> OfAsync(FaultContext context, Member member, CancellationToken ct)
    {
        var targets = member.Spec.Volumes.Select(v => v.Target).ToList();
        if (targets.Count == 0)
        {
            throw new FaultException("fingerprint", member.Name, "it has no volumes to fingerprint; declare its data under 'volumes:'");
        }

        var helper = await context.Run.CreateContainerAsync(new ContainerSpec
        {
            Image = member.Spec.Image,
            Entrypoint = ["sh", "-c", "find \"$@\" -xdev -type f -print0 | sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1", "fingerprint"],
            Command = targets,
            Volumes = member.Spec.Volumes,
        }, ct);
        try
        {
            await context.Engine.Containers.StartAsync(helper, ct);
            var exit = await context.Engine.Containers.WaitAsync(helper, ct);
            var output = new List<string>();
            await foreach (var line in context.Engine.Containers.LogsAsync(helper, ct: ct))
            {
                output.Add(line.Text);
            }

            return exit == 0 && output.Count > 0
                ? output[^1].Trim()
                : throw new FaultException("fingerprint", member.Name, $"hashing its volumes exited {exit}: {string.Join(" ", output)}");
        }
        finally
        {
            await context.Engine.Containers.RemoveAsync(helper, CancellationToken.None);
        }
    }
}
