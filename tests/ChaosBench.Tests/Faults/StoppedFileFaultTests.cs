using System.Globalization;
using System.Text.RegularExpressions;
using ChaosBench.Engine;
using ChaosBench.Faults;
using ChaosBench.Faults.Bitflip;
using ChaosBench.Faults.Truncate;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Faults;

/// <summary>bitflip and truncate damage exactly what they report, on a real volume of a stopped member.</summary>
[Category("Docker")]
[CancelAfter(180_000)]
public sealed partial class StoppedFileFaultTests
{
    private static readonly List<ChaosBench.Engine.Cleanup.RunResources> Runs = [];

    [Test]
    public async Task Truncate_DirectoryPath_CutsTheOnlyFileToTheReportedLength()
    {
        // Given a stopped member whose volume holds one file of 1000 'a's
        var (context, member) = await StoppedMemberAsync();

        // When truncate hits the volume's directory
        var effect = await new TruncateFault().ApplyAsync(context, member, Damage("truncate"), CancellationToken.None);

        // Then the file is as long as the effect says, and shorter than before
        var match = Truncated().Match(effect.Detail);
        Assert.That(match.Success, Is.True, effect.Detail);
        Assert.That(match.Groups["from"].Value, Is.EqualTo("1000"));
        Assert.That(await ShellAsync(context, member, "stat -c %s /data/f"), Is.EqualTo(match.Groups["to"].Value));
        Assert.That(int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture), Is.LessThan(1000));
    }

    [Test]
    public async Task Bitflip_File_ChangesExactlyOneByteByOneBit()
    {
        // Given a stopped member whose volume holds one file of 1000 'a's
        var (context, member) = await StoppedMemberAsync();

        // When bitflip hits the file
        var effect = await new BitflipFault().ApplyAsync(context, member, Damage("bitflip", "/data/f"), CancellationToken.None);

        // Then one byte differs, at the reported offset, by the reported bit
        var match = Flipped().Match(effect.Detail);
        Assert.That(match.Success, Is.True, effect.Detail);
        var bit = int.Parse(match.Groups["bit"].Value, CultureInfo.InvariantCulture);
        Assert.That(match.Groups["old"].Value, Is.EqualTo("97"));
        Assert.That(match.Groups["new"].Value, Is.EqualTo((97 ^ (1 << bit)).ToString(CultureInfo.InvariantCulture)));
        Assert.That(await ShellAsync(context, member, "tr -d a < /data/f | wc -c"), Is.EqualTo("1"));
        Assert.That(await ShellAsync(context, member, $"od -An -tu1 -j {match.Groups["offset"].Value} -N1 /data/f | tr -d ' '"), Is.EqualTo(match.Groups["new"].Value));
        Assert.That(await ShellAsync(context, member, "stat -c %s /data/f"), Is.EqualTo("1000"));
    }

    [Test]
    public void Bitflip_RunningMember_Refused()
    {
        var member = new Member("app-1", "app", new ContainerSpec { Image = "unused" });

        var error = Assert.ThrowsAsync<FaultException>(() => new BitflipFault().ApplyAsync(null!, member, Damage("bitflip", "/data/f"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("stop or kill it first"));
    }

    private static Fault Damage(string kind, string path = "/data")
    {
        var options = (StoppedFileOptions)OptionsShape.Of(TestKinds.Fault(kind).OptionsType).Create();
        options.Target = "app";
        options.Pick = "all";
        options.Path = path;
        return new(0, TimeSpan.Zero, TestKinds.Fault(kind), options);
    }

    private static async Task<(FaultContext Context, Member Member)> StoppedMemberAsync()
    {
        var engine = TestEnvironment.Engine();
        var run = TestEnvironment.NewRun(engine);
        var image = (await TestEnvironment.ImageAsync("redis-7.0")).Id;
        var volume = await run.CreateVolumeAsync($"cb-{run.RunId}-app-data");
        var spec = new ContainerSpec
        {
            Image = image,
            Entrypoint = ["sh", "-c", "head -c 1000 /dev/zero | tr '\\000' a > /data/f"],
            Volumes = [new Mount(volume, "/data")],
        };
        var id = await run.CreateContainerAsync(spec);
        await engine.Containers.StartAsync(id);
        Assert.That(await engine.Containers.WaitAsync(id), Is.Zero);
        var member = new Member("app-1", "app", spec) { ContainerId = id, State = MemberState.Stopped };
        Runs.Add(run);
        return (new FaultContext(run, new Deployment("none", [member]), reference => reference) { Seed = 42 }, member);
    }

    private static async Task<string> ShellAsync(FaultContext context, Member member, string script) =>
        string.Join("\n", (await HelperContainer.RunAsync(context, member, "check", script, [], CancellationToken.None)).Output).Trim();

    [TearDown]
    public async Task RemoveRuns()
    {
        foreach (var run in Runs)
        {
            await run.DisposeAsync();
            run.Engine.Dispose();
        }

        Runs.Clear();
    }

    [GeneratedRegex(@"^truncated /data/f from (?<from>\d+) to (?<to>\d+) bytes$")]
    private static partial Regex Truncated();

    [GeneratedRegex(@"^flipped bit (?<bit>\d) of byte (?<offset>\d+) of /data/f \((?<old>\d+) -> (?<new>\d+)\)$")]
    private static partial Regex Flipped();
}
