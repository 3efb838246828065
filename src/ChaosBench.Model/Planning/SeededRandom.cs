using System.Security.Cryptography;
using System.Text;

namespace ChaosBench.Model.Planning;

/// <summary>
/// Independent, reproducible random streams from one seed: the plan, each workload client and each
/// fault get their own stream, so adding a client does not change which member is killed.
/// </summary>
public static class SeededRandom
{
    public static Random For(long seed, string stream)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}/{stream}"));
        return new Random(BitConverter.ToInt32(digest, 0));
    }

    /// <summary>A fresh seed when none is given; always printed and recorded.</summary>
    public static long NewSeed() => RandomNumberGenerator.GetInt32(1, int.MaxValue);
}
