using ChaosBench.Network.Partitions;

namespace ChaosBench.Tests.Network.Partitions;

/// <summary>The pure parts of partitions: chain names, the scripts, reading jumps back, and which member drops what.</summary>
public sealed class IptablesScriptTests
{
    private static readonly PartitionMember A = new("a", "id-a", ["10.0.0.2"]);
    private static readonly PartitionMember B = new("b", "id-b", ["10.0.0.3"]);
    private static readonly PartitionMember C = new("c", "id-c", ["10.0.0.4", "10.1.0.4"]);

    [Test]
    public void Chain_LongRunId_FitsIptablesLimitAndIsStable()
    {
        var chain = IptablesScript.Chain("20261204-183000-etcd-one-way-partition-" + new string('x', 80), 12);

        Assert.That(chain, Has.Length.LessThanOrEqualTo(28));
        Assert.That(chain, Does.Match("^CB-[0-9a-f]{10}-12$"));
        Assert.That(IptablesScript.Chain("run-1", 1), Is.EqualTo("CB-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("run-1"u8))[..10] + "-1"));
        Assert.That(IptablesScript.Chain("run-2", 1), Is.Not.EqualTo(IptablesScript.Chain("run-1", 1)));
    }

    [Test]
    public void Apply_TwoSources_CreatesTheChainItsDropsThenTheJumpEachQuotedAndLabelled()
    {
        var script = IptablesScript.Apply("iptables-nft", "run-1", "CB-x-1", ["10.0.0.2", "10.0.0.3"]);

        Assert.That(script.Split('\n'), Is.EqualTo(new[]
        {
            "set -e",
            "'iptables-nft' '-w' '-N' 'CB-x-1'",
            "'iptables-nft' '-w' '-A' 'CB-x-1' '-s' '10.0.0.2' '-m' 'comment' '--comment' 'chaosbench.run=run-1' '-j' 'DROP'",
            "'iptables-nft' '-w' '-A' 'CB-x-1' '-s' '10.0.0.3' '-m' 'comment' '--comment' 'chaosbench.run=run-1' '-j' 'DROP'",
            "'iptables-nft' '-w' '-I' 'INPUT' '1' '-m' 'comment' '--comment' 'chaosbench.run=run-1' '-j' 'CB-x-1'",
        }));
    }

    [Test]
    public void Apply_QuoteInAnArgument_CannotEndTheQuote()
    {
        var script = IptablesScript.Apply("iptables-nft", "x'; rm -rf /; '", "CB-x-1", []);

        Assert.That(script, Does.Contain("'chaosbench.run=x'\\''; rm -rf /; '\\'''"));
    }

    [Test]
    public void Jumps_ListedInput_FindsEachRunsChainQuotedOrNot()
    {
        const string listed = """
            -P INPUT ACCEPT
            -A INPUT -m comment --comment chaosbench.run=run-1 -j CB-0123456789-1
            -A INPUT -m comment --comment "chaosbench.run=test-2" -j CB-abcdefabcd-3
            -A INPUT -s 10.0.0.9/32 -j DROP
            -A INPUT -m comment --comment "other" -j CB-0123456789-2
            """;

        Assert.That(IptablesScript.Jumps(listed.Replace("\r", string.Empty, StringComparison.Ordinal)), Is.EqualTo(new[] { ("run-1", "CB-0123456789-1"), ("test-2", "CB-abcdefabcd-3") }));
    }

    [Test]
    public void Between_ThreeSides_EachReceiverDropsEveryOtherSidesAddresses()
    {
        var shape = PartitionShape.Between([A], [B], [C]);

        Assert.That(shape.Drops.Select(d => $"{d.Receiver}<-{string.Join(",", d.Sources)}"), Is.EqualTo(new[]
        {
            "a<-10.0.0.3,10.0.0.4,10.1.0.4", "b<-10.0.0.2,10.0.0.4,10.1.0.4", "c<-10.0.0.2,10.0.0.3",
        }));
        Assert.That(shape.Description, Is.EqualTo("[a] | [b] | [c]"));
    }

    [Test]
    public void OneWay_FromAToBAndC_OnlyTheReceiversDrop()
    {
        var shape = PartitionShape.OneWay([A], [B, C]);

        Assert.That(shape.Drops.Select(d => $"{d.Receiver}<-{string.Join(",", d.Sources)}"), Is.EqualTo(new[] { "b<-10.0.0.2", "c<-10.0.0.2" }));
        Assert.That(shape.Description, Is.EqualTo("[a] -> [b, c]"));
    }
}
