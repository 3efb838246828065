using ChaosBench.Images;

namespace ChaosBench.Tests.Images;

public sealed class DebianMirrorTests
{
    [Test]
    public void FromAptSources_Deb822AndOneLineFormats_PicksMainArchiveNotSecurity()
    {
        var apt = Directory.CreateTempSubdirectory("chaosbench-apt-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(apt, "sources.list.d"));
            File.WriteAllText(Path.Combine(apt, "sources.list"), "# comment\ndeb [arch=amd64] http://mirror.invalid/debian-security bookworm-security main\n");
            File.WriteAllText(Path.Combine(apt, "sources.list.d", "debian.sources"), "Types: deb\nURIs: http://mirror.invalid/debian\nSuites: bookworm\n");

            Assert.That(DebianMirror.FromAptSources(apt), Is.EqualTo("http://mirror.invalid/debian"));
        }
        finally
        {
            Directory.Delete(apt, recursive: true);
        }
    }
}
