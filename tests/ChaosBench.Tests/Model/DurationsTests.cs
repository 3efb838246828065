using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class DurationsTests
{
    [TestCase("500ms", 500)]
    [TestCase("1.5s", 1500)]
    [TestCase("1m30s", 90_000)]
    [TestCase("2h", 7_200_000)]
    public void TryParse_WrittenDuration_ExactMilliseconds(string text, double milliseconds)
    {
        Assert.That(Durations.TryParse(text, out var duration), Is.True);
        Assert.That(duration.TotalMilliseconds, Is.EqualTo(milliseconds));
    }

    [TestCase("99999999999999999999h")]
    [TestCase("1e400s")]
    [TestCase("5 s")]
    [TestCase("10")]
    public void TryParse_TooLongOrNotADuration_FalseWithoutThrowing(string text)
    {
        // Found by ScenarioLoaderFuzzTests: a huge amount overflowed TimeSpan and escaped as an exception
        Assert.That(Durations.TryParse(text, out _), Is.False);
    }
}
