using ChaosBench.Faults.Clock;
using ChaosBench.Model.Planning;
using ChaosBench.Scenarios;

namespace ChaosBench.Tests.Faults.Clock;

/// <summary>The clock fault as the scenario reads and plans it, and its refusals.</summary>
public sealed class ClockFaultTests
{
    private const string Postgresql = """
        name: c
        duration: 20s
        services:
          postgresql: { image: recipe:postgresql-15 }
        workload: { kind: postgresql-kv, target: postgresql }
        faults:
          - at: 2s

        """;

    [TestCase("clock: { target: postgresql, offset: +2h, for: 4s }", "+2s clock postgresql (offset +2h), repaired after 4s")]
    [TestCase("clock: { target: postgresql, offset: -90s, drift: 1.5 }", "+2s clock postgresql (offset -90s, drift x1.5)")]
    [TestCase("clock: { target: postgresql, offset: 1m30s }", "+2s clock postgresql (offset +90s)")]
    public void Plan_Clock_ShowsOffsetDriftAndRepair(string fault, string line)
    {
        // Given a clock skew
        var scenario = TestKinds.Loader.Parse(Postgresql + "    " + fault + "\n", "c.yaml");

        // When it is planned
        var plan = Planner.Resolve(scenario, seed: 1);

        // Then the plan line shows the offset asked, the drift when there is one, and reset-clock after 'for'
        Assert.That(plan.Faults.Single().ToString(), Is.EqualTo(line));
    }

    [Test]
    public void Parse_Clock_FillsTypedOptions()
    {
        // Given a clock skew behind, with a drift
        var scenario = TestKinds.Loader.Parse(Postgresql + "    clock: { target: postgresql, offset: -90s, drift: 0.5 }\n", "c.yaml");

        // When it is read
        var options = (ClockOptions)scenario.Faults.Single().Options;

        // Then the offset is a signed duration and the drift a number
        Assert.That((options.Offset, options.Drift), Is.EqualTo(((TimeSpan?)TimeSpan.FromSeconds(-90), 0.5)));
    }

    [TestCase("clock: { target: postgresql }", "clock needs an 'offset'")]
    [TestCase("clock: { target: postgresql, offset: soon }", "'soon' is not an offset")]
    [TestCase("clock: { target: postgresql, offset: +1500ms }", "is not whole seconds")]
    [TestCase("clock: { target: postgresql, offset: +2h, drift: 0 }", "clock's drift is 0")]
    [TestCase("clock: { target: postgresql, offset: +2h, drift: -1 }", "clock's drift is -1")]
    [TestCase("clock: { target: postgres, offset: +2h }", "postgres")]
    public void Parse_WrongClock_OneClearLine(string fault, string message)
    {
        // Given a clock skew written wrong
        var yaml = Postgresql + "    " + fault + "\n";

        // When it is read
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "c.yaml"))!;

        // Then the error names the file, the line and what is wrong
        Assert.That(error.Message, Does.Contain("c.yaml:8").And.Contain(message));
    }

    [Test]
    public void Parse_ResetClockWithoutSkew_Refused()
    {
        // Given a reset-clock with no clock skew before it
        var yaml = Postgresql + "    reset-clock: { target: postgresql }\n";

        // When it is read
        var error = Assert.Throws<ScenarioLoadException>(() => TestKinds.Loader.Parse(yaml, "c.yaml"))!;

        // Then it is refused at its line: there is nothing to reset
        Assert.That(error.Message, Does.Contain("c.yaml:8"));
    }

    [Test]
    public void Parse_ClockThenResetClock_Accepted()
    {
        // Given a skew and its explicit repair
        var yaml = Postgresql + "    clock: { target: postgresql, offset: +2h }\n  - at: 4s\n    reset-clock: { target: previous }\n";

        // When it is read and planned
        var plan = Planner.Resolve(TestKinds.Loader.Parse(yaml, "c.yaml"), seed: 1);

        // Then both are on the timeline, the repair on the member the skew hit
        Assert.That(plan.Faults.Select(f => f.ToString()), Is.EqualTo(new[] { "+2s clock postgresql (offset +2h)", "+4s reset-clock postgresql" }));
    }
}
