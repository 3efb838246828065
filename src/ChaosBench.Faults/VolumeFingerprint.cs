namespace ChaosBench.Faults;

/// <summary>
/// A SHA-256 over every file (path and content) in a member's volumes, computed by a short-lived helper
/// container on the member's own image, so "data untouched" is a fact, not a hope.
/// </summary>
public static class VolumeFingerprint
{
    private const string Script = "find \"$@\" -xdev -type f -print0 | sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1";

    public static async Task<string> OfAsync(FaultContext context, Member member, CancellationToken ct)
    {
        var targets = HelperContainer.Targets(member);
        if (targets.Count == 0)
        {
            throw new FaultException("fingerprint", member.Name, "it has no volumes to fingerprint; declare its data under 'volumes:'");
        }

        var (exit, output) = await HelperContainer.RunAsync(context, member, "fingerprint", Script, targets, ct);
        return exit == 0 && output.Count > 0
            ? output[^1].Trim()
            : throw new FaultException("fingerprint", member.Name, $"hashing its volumes exited {exit}: {string.Join(" ", output)}");
    }
}
