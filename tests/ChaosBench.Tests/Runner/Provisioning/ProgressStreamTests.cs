using ChaosBench.Runner.Provisioning;

namespace ChaosBench.Tests.Runner.Provisioning;

public sealed class ProgressStreamTests
{
    [Test]
    public async Task ReadToTheEnd_ByAnotherReader_ReportsEveryByteReadOfTheFileLength()
    {
        // Given a 100,000-byte file read through the stream in 4 KiB reads, as the engine client reads a tarball
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, new byte[100_000]);
            var reports = new List<(long Done, long Total)>();
            await using var file = File.OpenRead(path);
            await using var stream = new ProgressStream(file, (done, total) => reports.Add((done, total)));

            // When it is read to its end
            var buffer = new byte[4096];
            while (await stream.ReadAsync(buffer) > 0)
            {
            }

            // Then each read was reported, growing to the whole file, against the file's length
            Assert.That(reports.Select(r => r.Done), Is.Ordered);
            Assert.That(reports[^1], Is.EqualTo((100_000L, 100_000L)));
            Assert.That(reports, Has.Count.EqualTo(26), "25 reads of data and the read at the end");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
