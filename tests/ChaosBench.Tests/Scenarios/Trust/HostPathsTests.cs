using ChaosBench.Scenarios.Trust;

namespace ChaosBench.Tests.Scenarios.Trust;

/// <summary>Host paths resolved as the kernel finds them (<c>realpath -m</c>), so no spelling hides where a path leads.</summary>
public sealed class HostPathsTests
{
    private DirectoryInfo _root = null!;

    [SetUp]
    public void CreateTree()
    {
        // root/a/b (a folder), root/up -> a/b (relative link), root/abs -> /etc (absolute link), root/loop -> loop
        _root = Directory.CreateTempSubdirectory("chaosbench-paths-");
        Directory.CreateDirectory(Path.Combine(_root.FullName, "a", "b"));
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "up"), "a/b");
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "abs"), "/etc");
        File.CreateSymbolicLink(Path.Combine(_root.FullName, "loop"), "loop");
    }

    [TearDown]
    public void RemoveTree() => _root.Delete(recursive: true);

    [TestCase("a/b/./c", "a/b/c")]
    [TestCase("a/b/../../a", "a")]
    [TestCase("up/x", "a/b/x")]
    [TestCase("up/..", "a")]
    [TestCase("up/../../outside", "outside")]
    public void Resolve_LinksThenDotDot_AsTheKernelWalks(string path, string expected)
    {
        // When a path through the tree is resolved, Then '..' after a link climbs from the link's target
        Assert.That(HostPaths.Resolve(Path.Combine(_root.FullName, path)), Is.EqualTo(Path.Combine(HostPaths.Resolve(_root.FullName), expected)));
    }

    [Test]
    public void Resolve_AbsoluteLink_LeadsOutOfTheTree()
    {
        Assert.That(HostPaths.Resolve(Path.Combine(_root.FullName, "abs", "passwd")), Is.EqualTo("/etc/passwd"));
    }

    [Test]
    public void Resolve_LinkToItself_StopsInsteadOfLooping()
    {
        Assert.That(HostPaths.Resolve(Path.Combine(_root.FullName, "loop")), Does.EndWith("/loop"));
    }
}
