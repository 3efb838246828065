using ChaosBench.Engine;
using ChaosBench.Engine.Cleanup;
using ChaosBench.Faults;
using ChaosBench.Faults.Bitflip;
using ChaosBench.Faults.DeletePath;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Faults;

/// <summary>
/// delete-path and bitflip reach only a member's named volumes, whatever links the product left in them: the path is
/// resolved inside the helper, which is not given the member's binds. On a real engine, against a host folder bound
/// into the member, whose file must survive.
/// </summary>
[Category("Docker")]
[CancelAfter(180_000)]
public sealed class FileFaultConfinementTests
{
    private const string Precious = "precious host file";

    private readonly List<RunResources> _runs = [];
    private DirectoryInfo _host = null!;

    private string HostFile => Path.Combine(_host.FullName, "precious.txt");

    [SetUp]
    public void CreateHostFolder()
    {
        _host = Directory.CreateTempSubdirectory("chaosbench-confined-");
        File.WriteAllText(HostFile, Precious);
    }

    [TearDown]
    public async Task RemoveRunsAndFolder()
    {
        foreach (var run in _runs)
        {
            await run.DisposeAsync();
            run.Engine.Dispose();
        }

        _runs.Clear();
        _host.Delete(recursive: true);
    }

    [Test]
    public async Task DeletePath_ThroughALinkOutOfTheVolume_RefusedAndTheTargetSurvives()
    {
        // Given a stopped member that left a link in its volume to the host folder bound at /keep
        var (context, member) = await StoppedMemberAsync(allowHost: false);

        // When delete-path names the host file through the link
        var error = Assert.ThrowsAsync<FaultException>(() => new DeletePathFault().ApplyAsync(context, member, Fault("delete-path", "/data/link/precious.txt"), CancellationToken.None));

        // Then it is refused, naming where the path leads, and the host's file is untouched
        Assert.That(error!.Message, Does.Contain("/data/link/precious.txt leads to /keep/precious.txt, outside its named volumes (/data)"));
        Assert.That(File.ReadAllText(HostFile), Is.EqualTo(Precious));
    }

    [Test]
    public async Task DeletePath_DotDotOutOfTheVolume_RefusedBeforeAnyHelper()
    {
        var (context, member) = await StoppedMemberAsync(allowHost: false);

        var error = Assert.ThrowsAsync<FaultException>(() => new DeletePathFault().ApplyAsync(context, member, Fault("delete-path", "/data/../keep/precious.txt"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("is in none of its named volumes (/data)"));
        Assert.That(File.ReadAllText(HostFile), Is.EqualTo(Precious));
    }

    [Test]
    public async Task Bitflip_ThroughALinkToAFileOutOfTheVolume_RefusedAndTheFileUnchanged()
    {
        // Given a link in the volume to the host file itself
        var (context, member) = await StoppedMemberAsync(allowHost: false);

        // When bitflip names the link
        var error = Assert.ThrowsAsync<FaultException>(() => new BitflipFault().ApplyAsync(context, member, Fault("bitflip", "/data/file-link"), CancellationToken.None));

        // Then it is refused and not one bit of the host's file changed
        Assert.That(error!.Message, Does.Contain("leads to /keep/precious.txt, outside its named volumes"));
        Assert.That(File.ReadAllText(HostFile), Is.EqualTo(Precious));
    }

    [Test]
    public async Task DeletePath_LinkItselfAndFileInTheVolume_Deleted()
    {
        // Given the same member: the link is the volume's own, and so is its data
        var (context, member) = await StoppedMemberAsync(allowHost: false);

        // When delete-path names the link, then a file of the volume
        await new DeletePathFault().ApplyAsync(context, member, Fault("delete-path", "/data/link"), CancellationToken.None);
        await new DeletePathFault().ApplyAsync(context, member, Fault("delete-path", "/data/own.txt"), CancellationToken.None);

        // Then both are gone from the volume, and what the link pointed to is not
        Assert.That(await ShellAsync(context, member, "ls -A /data | sort | tr '\\n' ' '"), Is.EqualTo("file-link"));
        Assert.That(File.ReadAllText(HostFile), Is.EqualTo(Precious));
    }

    [Test]
    public async Task DeletePath_ThroughALinkIntoABindWithAllowHost_DeletesIt()
    {
        // Given the run was given --allow-host: the helper gets the member's binds, and may reach into them
        var (context, member) = await StoppedMemberAsync(allowHost: true);

        // When delete-path names the host file through the link
        await new DeletePathFault().ApplyAsync(context, member, Fault("delete-path", "/data/link/precious.txt"), CancellationToken.None);

        // Then it did what it was told: the refusal above is the rule's, not a helper that could not see the file
        Assert.That(File.Exists(HostFile), Is.False);
    }

    private static Fault Fault(string kind, string path) =>
        new(0, TimeSpan.Zero, TestKinds.Fault(kind), kind == "bitflip" ? new BitflipOptions { Target = "app", Pick = "all", Path = path } : new DeletePathOptions { Target = "app", Pick = "all", Path = path });

    /// <summary>A stopped member with a named volume at /data (holding own.txt and links to /keep) and the host folder bound at /keep.</summary>
    private async Task<(FaultContext Context, Member Member)> StoppedMemberAsync(bool allowHost)
    {
        var engine = TestEnvironment.Engine();
        var run = TestEnvironment.NewRun(engine);
        _runs.Add(run);
        var image = (await TestEnvironment.ImageAsync("redis-7.0")).Id;
        var volume = await run.CreateVolumeAsync($"cb-{run.RunId}-app-data");
        var spec = new ContainerSpec
        {
            Image = image,
            Entrypoint = ["sh", "-c", "echo own > /data/own.txt && ln -s /keep /data/link && ln -s /keep/precious.txt /data/file-link"],
            Volumes = [new Mount(volume, "/data")],
            Binds = [new Mount(_host.FullName, "/keep")],
        };
        var id = await run.CreateContainerAsync(spec);
        await engine.Containers.StartAsync(id);
        Assert.That(await engine.Containers.WaitAsync(id), Is.Zero);
        var member = new Member("app", "app", spec) { ContainerId = id, State = MemberState.Stopped };
        return (new FaultContext(run, new Deployment("none", [member]), reference => reference) { Seed = 42, AllowHost = allowHost }, member);
    }

    private static async Task<string> ShellAsync(FaultContext context, Member member, string script) =>
        string.Join("\n", (await HelperContainer.RunAsync(context, member, "check", script, [], CancellationToken.None)).Output).Trim();
}
