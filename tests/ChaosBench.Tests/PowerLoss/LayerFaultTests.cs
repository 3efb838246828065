using ChaosBench.PowerLoss;
using ChaosBench.PowerLoss.DiskFaults;
using Microsoft.Extensions.Time.Testing;

namespace ChaosBench.Tests.PowerLoss;

/// <summary>Each disk fault through the mounted layer, seen by a real writer (sh, dd, cat, sync) as its errno, and gone once cleared.</summary>
public sealed class LayerFaultTests : LayerFixture
{
    [Test]
    public void IoError_OnFsync_WriterSeesEioUntilCleared()
    {
        Assert.That(Layer.Shell("printf x > f"), Is.Zero);
        var id = Layer.Mount.Inject(new IoError { Calls = IoCalls.Fsync }, new Random(1));

        var faulted = Layer.Run("sync f");
        var report = Layer.Mount.Clear(id);
        var healed = Layer.Run("sync f");

        Assert.That(faulted.Code, Is.Not.Zero);
        Assert.That(faulted.Error, Does.Contain("Input/output error"));
        Assert.That(healed.Code, Is.Zero, healed.Error);
        Assert.That((report.Failed, report.Ended), Is.EqualTo((1L, true)));
        Assert.That(Layer.Mount.Errors, Is.Empty, "an injected errno is the fault's, not a layer error");
    }

    [Test]
    public void IoError_NamedErrnoOnOpenUnderADirectory_OnlyFilesThereFail()
    {
        Assert.That(Layer.Shell("mkdir d && printf x > d/f && printf y > e"), Is.Zero);
        var id = Layer.Mount.Inject(new IoError { Calls = IoCalls.Open, Errno = Errno.EAccess, Path = "/d" }, new Random(1));

        var inside = Layer.Run("cat d/f");
        var outside = Layer.Run("cat e");
        Layer.Mount.Clear(id);

        Assert.That(inside.Error, Does.Contain("Permission denied"));
        Assert.That(outside.Code, Is.Zero);
        Assert.That(Layer.Shell("cat d/f"), Is.Zero);
    }

    [Test]
    public void DiskFull_Now_WriterGetsEnospcAndWritesOnceCleared()
    {
        var id = Layer.Mount.Inject(new DiskFull(), new Random(1));

        var full = Layer.Run("printf hello | dd of=f status=none");
        Layer.Mount.Clear(id);
        var healed = Layer.Run("printf hello | dd of=f status=none");

        Assert.That(full.Error, Does.Contain("No space left on device"));
        Assert.That(healed.Code, Is.Zero);
        Assert.That(File.ReadAllText(Layer.At("f")), Is.EqualTo("hello"));
    }

    [Test]
    public void DiskFull_AfterBytes_DdWritesThatMuchThenEnospc()
    {
        var id = Layer.Mount.Inject(new DiskFull { AfterBytes = 10_000 }, new Random(1));

        var dd = Layer.Run("dd if=/dev/zero of=f bs=4096 count=10 status=none");

        Assert.That(dd.Error, Does.Contain("No space left on device"));
        Assert.That(new FileInfo(Layer.At("f")).Length, Is.EqualTo(10_000));
        Assert.That(Layer.Mount.Report(id).ToString(), Does.Contain("writes refused with ENOSPC after 10000 bytes"));
    }

    [Test]
    public void SlowIo_OnReads_ReaderWaitsForTheLayersClockUntilCleared()
    {
        var time = new FakeTimeProvider();
        Remount(new LayerOptions { TimeProvider = time });
        Assert.That(Layer.Shell("printf x > f"), Is.Zero);
        var id = Layer.Mount.Inject(new SlowIo { Calls = IoCalls.Read, Delay = TimeSpan.FromSeconds(30) }, new Random(1));

        using var reader = Layer.Start("cat f > /dev/null");
        Assert.That(SpinWait.SpinUntil(() => Layer.Mount.Report(id).Delayed == 1, TimeSpan.FromSeconds(20)), Is.True, "the read reached the layer");
        var waited = !reader.HasExited;
        time.Advance(TimeSpan.FromSeconds(30));
        var finished = reader.WaitForExit(TimeSpan.FromSeconds(20));
        Layer.Mount.Clear(id);

        Assert.That((waited, finished, reader.ExitCode), Is.EqualTo((true, true, 0)));
        Assert.That(Layer.Shell("cat f > /dev/null"), Is.Zero, "no clock to wait for once cleared");
        Assert.That(Layer.Mount.Report(id).Delayed, Is.EqualTo(1));
    }

    [Test]
    public void Reorder_AppendsWithoutFsync_AtTheCutASeedChosenSubsetSurvivesEachWhole()
    {
        // Given a durable file and a reorder fault, then eight appends and no fsync
        Assert.That(Layer.Shell("printf base > f && sync f"), Is.Zero);
        var id = Layer.Mount.Inject(new Reorder(), new Random(3));
        Assert.That(Layer.Shell("for c in A B C D E F G H; do printf $c$c$c$c >> f; done"), Is.Zero);

        // When the power is cut
        var cut = Layer.Mount.Crash();

        // Then each append is there whole or not at all, and as many are there as the report says
        var bytes = File.ReadAllBytes(Layer.At("f"));
        var blocks = Enumerable.Range(0, 8).Select(i => bytes.Skip(4 + (4 * i)).Take(4).ToArray()).ToList();
        var whole = blocks.Select((b, i) => b.Length == 4 && b.All(x => x == (byte)('A' + i))).ToList();
        Assert.That(bytes[..4], Is.EqualTo("base"u8.ToArray()));
        Assert.That(blocks.Select((b, i) => whole[i] || b.All(x => x == 0)), Is.All.True, "no append torn");
        Assert.That(cut.Reordered, Is.EqualTo(new ReorderReport(whole.Count(w => w), 8, 1)));
        Assert.That(cut.Reordered!.Kept, Is.InRange(1, 7), "this seed keeps some and loses some");
        Assert.That(Layer.Mount.Report(id).Ended, Is.True, "a reorder ends at its cut");
    }
}
