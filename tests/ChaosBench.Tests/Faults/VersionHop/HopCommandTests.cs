using ChaosBench.Faults.VersionHop;

namespace ChaosBench.Tests.Faults.VersionHop;

/// <summary>
/// Which command a version hop's new container runs. The negative control of the old behaviour is the first test:
/// a Redis service with args only, hopped to Valkey, used to keep <c>redis-server</c> and fail to start.
/// </summary>
public sealed class HopCommandTests
{
    private static readonly string[] Args = ["--dir", "/data", "--appendonly", "yes"];

    [Test]
    public void Of_ArgsOnly_NewImagesOwnCommandWithArgsAppended()
    {
        // Given a member that set only args (its container ran redis-server from the old image) hopped to Valkey
        string[] valkey = ["valkey-server", "--protected-mode", "no"];

        // When its new command is computed
        var command = HopCommand.Of(hop: null, own: null, Args, valkey);

        // Then it is Valkey's own, not the old image's redis-server, with the args appended again
        Assert.That(command, Is.EqualTo(new[] { "valkey-server", "--protected-mode", "no", "--dir", "/data", "--appendonly", "yes" }));
    }

    [Test]
    public void Of_ServiceSetCommand_KeepsItWithArgs()
    {
        var command = HopCommand.Of(hop: null, own: ["redis-server", "--port", "6380"], Args, ["valkey-server"]);

        Assert.That(command, Is.EqualTo(new[] { "redis-server", "--port", "6380", "--dir", "/data", "--appendonly", "yes" }));
    }

    [Test]
    public void Of_HopCommand_OverridesTheServicesAndTheImagesWithArgs()
    {
        var command = HopCommand.Of(hop: ["valkey-server", "--port", "6380"], own: ["redis-server"], Args, ["valkey-server"]);

        Assert.That(command, Is.EqualTo(new[] { "valkey-server", "--port", "6380", "--dir", "/data", "--appendonly", "yes" }));
    }

    [Test]
    public void Of_NoCommandNoArgs_LeavesTheNewImagesDefaultToTheEngine()
    {
        // Null: the engine starts the new image's Entrypoint and Cmd, as it did the old image's.
        Assert.That(HopCommand.Of(hop: null, own: null, [], ["valkey-server"]), Is.Null);
    }

    [Test]
    public void Of_ArgsOnImageWithoutCmd_ArgsAloneFollowItsEntrypoint()
    {
        Assert.That(HopCommand.Of(hop: null, own: null, Args, []), Is.EqualTo(Args));
    }

    [TestCase(null, null, null, "(image's) --dir /data --appendonly yes")]
    [TestCase(null, null, "etcd", "(etcd cluster's) --dir /data --appendonly yes")]
    [TestCase(null, "redis-server", null, "redis-server --dir /data --appendonly yes")]
    [TestCase("valkey-server", "redis-server", "etcd", "valkey-server --dir /data --appendonly yes")]
    public void Shown_EachRule_NamesTheCommandThePlanPrints(string? hop, string? own, string? cluster, string expected)
    {
        var shown = HopCommand.Shown(hop is null ? null : [hop], own is null ? null : [own], cluster, Args);

        Assert.That(shown, Is.EqualTo(expected));
    }
}
