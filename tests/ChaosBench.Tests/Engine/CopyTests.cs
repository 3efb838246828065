using System.Formats.Tar;
using System.Text;

namespace ChaosBench.Tests.Engine;

[Category("Docker")]
[CancelAfter(120_000)]
public sealed class CopyTests
{
    [Test]
    public async Task CopyInThenOut_File_RoundTripsContentAndMode()
    {
        // Given a running container and a tar holding one executable file
        using var engine = TestEnvironment.Engine();
        await using var run = TestEnvironment.NewRun(engine);
        var id = await EtcdContainer.StartAsync(run);
        var content = "state that must survive\n" + new string('x', 70_000);
        var archive = new MemoryStream();
        await using (var writer = new TarWriter(archive, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "probe.txt")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            };
            await writer.WriteEntryAsync(entry);
        }

        archive.Position = 0;

        // When it is copied into /tmp and the file copied back out
        await engine.Containers.CopyInAsync(id, "/tmp", archive);
        var seenInside = await engine.Containers.ExecAsync(id, ["sh", "-c", "wc -c < /tmp/probe.txt; stat -c %a /tmp/probe.txt"]);
        await using var copied = await engine.Containers.CopyOutAsync(id, "/tmp/probe.txt");
        await using var reader = new TarReader(copied);
        var back = await reader.GetNextEntryAsync();

        // Then the container sees it, and what comes out is what went in
        Assert.That(seenInside.Stdout.Split('\n')[0].Trim(), Is.EqualTo(Encoding.UTF8.GetByteCount(content).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(back, Is.Not.Null);
        Assert.That(back!.Name, Is.EqualTo("probe.txt"));
        Assert.That(new StreamReader(back.DataStream!).ReadToEnd(), Is.EqualTo(content));
        Assert.That(back.Mode & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute));
    }

    [Test]
    public void CopyOut_MissingPath_ThrowsNotFoundWithEngineMessage()
    {
        using var engine = TestEnvironment.Engine();

        var error = Assert.ThrowsAsync<ChaosBench.Engine.EngineNotFoundException>(async () =>
        {
            await using var run = TestEnvironment.NewRun(engine);
            var id = await EtcdContainer.StartAsync(run);
            await engine.Containers.CopyOutAsync(id, "/no/such/file");
        });

        Assert.That(error!.EngineMessage, Does.Contain("/no/such/file"));
    }
}
