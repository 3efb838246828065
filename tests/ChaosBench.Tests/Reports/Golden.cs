namespace ChaosBench.Tests.Reports;

/// <summary>
/// Compares a rendering with a checked-in file under <c>tests/ChaosBench.Tests/Reports/Golden/</c>. On a
/// mismatch the rendering is written next to it as <c>NAME.received</c> and the test fails. To accept a change
/// that is intended, review the diff and move the received file over the golden one:
/// <c>mv tests/ChaosBench.Tests/Reports/Golden/report.md.received tests/ChaosBench.Tests/Reports/Golden/report.md</c>.
/// </summary>
internal static class Golden
{
    private const string Folder = "tests/ChaosBench.Tests/Reports/Golden";

    public static void AssertMatches(string name, string actual)
    {
        var golden = Path.Combine(TestEnvironment.RepoRoot, Folder, name);
        var received = golden + ".received";
        var expected = File.Exists(golden) ? File.ReadAllText(golden) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"{name} differs from its golden file {Describe(expected, actual)}.\n" +
                    $"  diff {Folder}/{name} {Folder}/{name}.received\n" +
                    $"If the change is intended, accept it: mv {Folder}/{name}.received {Folder}/{name}");
    }

    private static string Describe(string? expected, string actual)
    {
        if (expected is null)
        {
            return "(there is none yet)";
        }

        var (want, got) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], Math.Min(want.Length, got.Length));
        return $"first at line {line + 1}:\n  golden:   {want.ElementAtOrDefault(line) ?? "(end of file)"}\n  received: {got.ElementAtOrDefault(line) ?? "(end of file)"}";
    }
}
