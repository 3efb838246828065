using ChaosBench.Network.Partitions;

namespace ChaosBench.Tests.Network.Partitions;

/// <summary>Who stops hearing whom in Jepsen's bridge and majorities-ring, before any rule is drawn.</summary>
public sealed class PartitionShapeTests
{
    private static readonly PartitionMember[] Five = [.. Enumerable.Range(1, 5).Select(i => new PartitionMember($"m{i}", $"id{i}", [$"10.0.0.{i}"]))];

    [Test]
    public void Ring_FiveMembers_EachHearsItselfAndTheNextTwoOnly()
    {
        // When five members are put in a ring
        var shape = PartitionShape.Ring(Five);

        // Then each drops the two that follow its majority, so it hears a majority (itself and the next two), and no two hear the same one
        Assert.That(Heard(shape, Five), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["m1"] = ["m1", "m2", "m3"],
            ["m2"] = ["m2", "m3", "m4"],
            ["m3"] = ["m3", "m4", "m5"],
            ["m4"] = ["m1", "m4", "m5"],
            ["m5"] = ["m1", "m2", "m5"],
        }));
        Assert.That(shape.Description, Is.EqualTo("ring m1 > m2 > m3 > m4 > m5 > m1, each hearing the next 2"));
    }

    [Test]
    public void Ring_ThreeMembers_CutsOneWayRoundTheRing()
    {
        // When three members are put in a ring
        var shape = PartitionShape.Ring(Five[..3]);

        // Then each hears itself and the next, and not the one before it: m1 hears m2, but m2 does not hear m1
        Assert.That(Heard(shape, Five[..3]), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["m1"] = ["m1", "m2"],
            ["m2"] = ["m2", "m3"],
            ["m3"] = ["m1", "m3"],
        }));
    }

    [Test]
    public void Bridge_FiveMembers_HalvesCutButTheBridgeHearsAndIsHeardByAll()
    {
        // When two halves are cut with a bridge between them
        var shape = PartitionShape.Bridge(Five[..2], Five[2], Five[3..]);

        // Then each half hears itself and the bridge, the bridge hears everyone
        Assert.That(Heard(shape, Five), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["m1"] = ["m1", "m2", "m3"],
            ["m2"] = ["m1", "m2", "m3"],
            ["m3"] = ["m1", "m2", "m3", "m4", "m5"],
            ["m4"] = ["m3", "m4", "m5"],
            ["m5"] = ["m3", "m4", "m5"],
        }));
        Assert.That(shape.Description, Is.EqualTo("[m1, m2] | [m4, m5] bridged by m3"));
    }

    /// <summary>For each of <paramref name="members"/>, whom of them it still hears, by name, in order.</summary>
    private static Dictionary<string, string[]> Heard(PartitionShape shape, IReadOnlyList<PartitionMember> members) =>
        members.ToDictionary(
            m => m.Name,
            m => members.Select(o => o.Name).Except(shape.Drops.Where(d => d.Receiver.Name == m.Name).SelectMany(d => d.From).Select(f => f.Name)).Order(StringComparer.Ordinal).ToArray());
}
