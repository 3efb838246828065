using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.Native;

namespace ChaosBench.Tests.PowerLoss.Native;

/// <summary>
/// libfuse 3.10 to 3.17 by version: the loop's entry point and where <c>nullpath_ok</c> sits (libfuse's headers:
/// 3.11 inserted <c>no_rofd_flush</c> before it, 3.17 moved that to the end; 3.12 added <c>fuse_loop_mt_312</c>).
/// Only 3.14 is installed here: the table is tested as a table, the real path by mounting.
/// </summary>
public sealed class FuseAbiTests
{
    [TestCase(3, 10, 3, "fuse_loop_mt", true, 96)]
    [TestCase(3, 11, 0, "fuse_loop_mt", true, 104)]
    [TestCase(3, 12, 0, "fuse_loop_mt_312", false, 104)]
    [TestCase(3, 14, 0, "fuse_loop_mt_312", false, 104)]
    [TestCase(3, 16, 2, "fuse_loop_mt_312", false, 104)]
    [TestCase(3, 17, 2, "fuse_loop_mt_312", false, 96)]
    public void Select_SupportedVersion_ItsLoopAndConfigLayout(int major, int minor, int patch, string loop, bool needsConfig, int nullPathOk)
    {
        var abi = FuseAbi.Select("libfuse3.so.3", new Version(major, minor, patch), _ => true);

        Assert.That((abi.LoopSymbol, abi.LoopNeedsConfig, abi.NullPathOkOffset), Is.EqualTo((loop, needsConfig, nullPathOk)));
    }

    [TestCase(3, 9, 3)]
    [TestCase(3, 18, 0)]
    [TestCase(2, 9, 9)]
    public void Select_UnsupportedVersion_OneLineNamingItAndTheFix(int major, int minor, int patch)
    {
        var e = Assert.Throws<PowerLossException>(() => FuseAbi.Select("libfuse3.so.3", new Version(major, minor, patch), _ => true));

        Assert.That(e!.Message, Does.StartWith($"libfuse {major}.{minor}.{patch} (libfuse3.so.3) is not supported").And.Contain("3.10 to 3.17; fix: install fuse3").And.Not.Contain("\n"));
    }

    [Test]
    public void Select_LoopSymbolMissing_NamesIt()
    {
        var e = Assert.Throws<PowerLossException>(() => FuseAbi.Select("libfuse3.so.4", new Version(3, 17, 2), symbol => symbol != "fuse_loop_mt_312"));

        Assert.That(e!.Message, Does.Contain("does not export fuse_loop_mt_312").And.Contain("fix: reinstall fuse3"));
    }

    [Test]
    [Category("Fuse")]
    public void Current_ThisMachine_Debians314WithTheNewLoop()
    {
        var abi = FuseAbi.Current;

        Assert.That((abi.Library, abi.Version.Major, abi.Version.Minor), Is.EqualTo(("libfuse3.so.3", 3, 14)));
        Assert.That((abi.LoopSymbol, abi.NullPathOkOffset), Is.EqualTo(("fuse_loop_mt_312", 104)));
    }
}
