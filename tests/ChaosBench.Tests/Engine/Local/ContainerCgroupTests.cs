using ChaosBench.Engine.Docker;
using ChaosBench.Engine.Local;

namespace ChaosBench.Tests.Engine.Local;

/// <summary>Finding a container's cgroup in a made-up process table and cgroup tree: which paths count as the container's.</summary>
public sealed class ContainerCgroupTests
{
    private const string Id = "30b8df6a4209b7dd37768fb0001a7bb1b1da7c9bcea387731865f480d38db946";
    private string _root = string.Empty;

    private string Proc => Path.Combine(_root, "proc");

    private string Cgroups => Path.Combine(_root, "cgroup");

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("chaosbench-cgroup-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Find_V1FreezerLineNamingTheContainer_ReturnsItsFreezerDirectory()
    {
        // Given process 42 in the container's v1 freezer cgroup on a hybrid host
        Process(42, $"9:name=systemd:/docker/{Id}\n6:freezer:/docker/{Id}\n0::/\n");
        Cgroup($"freezer/docker/{Id}", "freezer.state", 42);

        // When its cgroup is looked up through the PID
        var cgroup = ContainerCgroup.Find(Proc, Cgroups, Id, 42, out var whyNot);

        // Then it is the freezer directory, not the unified one
        Assert.That(cgroup, Is.Not.Null, whyNot);
        Assert.That(cgroup!.Path, Is.EqualTo($"{Cgroups}/freezer/docker/{Id}"));
        Assert.That(cgroup.Describe, Is.EqualTo("cgroup v1 freezer"));
    }

    [Test]
    public void Find_UnifiedHierarchyOnly_ReturnsTheV2Directory()
    {
        Process(42, $"0::/system.slice/docker-{Id}.scope\n");
        File.WriteAllText(Directory.CreateDirectory(Cgroups).FullName + "/cgroup.controllers", "cpu io memory pids\n");
        Cgroup($"system.slice/docker-{Id}.scope", "cgroup.freeze", 42);

        var cgroup = ContainerCgroup.Find(Proc, Cgroups, Id, 42, out var whyNot);

        Assert.That(cgroup, Is.Not.Null, whyNot);
        Assert.That(cgroup!.Describe, Is.EqualTo("cgroup v2"));
    }

    [Test]
    public void Find_CgroupNamingAnotherContainer_RefusedAsAnotherNamespacesProcess()
    {
        // Given PID 42 here belongs to something else (the engine's PIDs are of another namespace)
        Process(42, "6:freezer:/user.slice\n");

        var cgroup = ContainerCgroup.Find(Proc, Cgroups, Id, 42, out var whyNot);

        Assert.That(cgroup, Is.Null);
        Assert.That(whyNot, Is.EqualTo("process 42's cgroup /user.slice does not name container 30b8df6a4209"));
    }

    [Test]
    public void Find_NoSuchProcess_SaysItIsNotInThisProcessTable()
    {
        var cgroup = ContainerCgroup.Find(Proc, Cgroups, Id, 42, out var whyNot);

        Assert.That(cgroup, Is.Null);
        Assert.That(whyNot, Is.EqualTo("process 42 is not in this machine's process table"));
    }

    [Test]
    public void Find_ByIdOnly_FindsDockersCgroupWhenItHoldsProcesses()
    {
        // Given the cgroupfs driver's directory for the container, with two processes in it
        Cgroup($"freezer/docker/{Id}", "freezer.state", 42, 43);

        var cgroup = ContainerCgroup.Find(Proc, Cgroups, Id, 0, out var whyNot);

        Assert.That(cgroup, Is.Not.Null, whyNot);
        Assert.That(cgroup!.Path, Is.EqualTo($"{Cgroups}/freezer/docker/{Id}"));
    }

    [Test]
    public void Find_ByIdOfAStoppedContainer_NoneSoTheCallerAsksTheEngine()
    {
        Cgroup($"freezer/system.slice/docker-{Id}.scope", "freezer.state");

        var cgroup = ContainerCgroup.Find(Proc, Cgroups, Id, 0, out var whyNot);

        Assert.That(cgroup, Is.Null);
        Assert.That(whyNot, Does.StartWith("no cgroup with processes named after container 30b8df6a4209"));
    }

    [Test]
    public void For_RemoteEngine_ReachesNoProcessAndSaysWhy()
    {
        using var engine = new DockerEngine(new Uri("tcp://127.0.0.1:2375"), isLocal: false);

        var processes = LocalProcesses.For(engine);

        Assert.That(processes.Unreachable, Is.EqualTo("the engine at tcp://127.0.0.1:2375/ is not on this machine"));
        Assert.That(processes.KillAll(Id, 42, out var whyNot), Is.Null);
        Assert.That(whyNot, Is.EqualTo(processes.Unreachable));
    }

    private void Process(int pid, string cgroups) =>
        File.WriteAllText(Directory.CreateDirectory(Path.Combine(Proc, pid.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName + "/cgroup", cgroups);

    private void Cgroup(string relative, string freezeFile, params int[] pids)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Cgroups, relative)).FullName;
        File.WriteAllText(Path.Combine(directory, freezeFile), "THAWED\n");
        File.WriteAllLines(Path.Combine(directory, "cgroup.procs"), pids.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
