using ChaosBench.Cli.Styling;

namespace ChaosBench.Tests.Cli.Styling;

public sealed class LiveBoardBarTests
{
    [TestCase(0.0, "[--------------------]")]
    [TestCase(0.5, "[##########----------]")]
    [TestCase(0.26, "[#####---------------]")]
    [TestCase(1.0, "[####################]")]
    [TestCase(1.7, "[####################]")]
    [TestCase(-1.0, "[--------------------]")]
    public void Bar_Fraction_TwentyCellsFilledInProportionAndClamped(double fraction, string expected) =>
        Assert.That(LiveBoard.Bar(fraction), Is.EqualTo(expected));
}
