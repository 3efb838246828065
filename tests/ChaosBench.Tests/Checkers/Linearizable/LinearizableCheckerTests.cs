using System.Collections;
using ChaosBench.Checkers;
using ChaosBench.Model;
using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model.Records;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>The <c>linearizable</c> expectation as a run judges it: through the catalogue, into a verdict.</summary>
public sealed class LinearizableCheckerTests
{
    private static readonly Expectation Linearizable = new(TestKinds.Expectation("linearizable"), new LinearizableOptions());

    [Test]
    public void Check_ConsistentHistory_PassedWithCounts()
    {
        // Given two keys read back as written
        var history = new RegisterHistory().Write("1", 0, 10, key: "a").Read("1", 20, 30, key: "a").Write("x", 0, 10, key: "b").FinalRead("x", 100, 110, key: "b").ToHistory();

        // When the catalogue judges it
        var verdict = Judging.Judge(Linearizable, new CheckInput(history, []));

        // Then it passed, with what was judged
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Passed), verdict.Summary);
        Assert.That(verdict.Evidence["operations"], Is.EqualTo(4));
        Assert.That(verdict.Evidence["keys"], Is.EqualTo(2));
        Assert.That(verdict.Evidence.ContainsKey("violation"), Is.False);
    }

    [Test]
    public void Check_StaleRead_FailedSummaryNamesKeyValuesAndWriteAndEvidenceHoldsTheLanes()
    {
        // Given a stale read of 1 after 2 was acknowledged
        var history = new RegisterHistory().Write("1", 0, 10, process: 0).Write("2", 20, 30, process: 1).Read("1", 40, 50, process: 2).ToHistory();

        // When the catalogue judges it
        var verdict = Judging.Judge(Linearizable, new CheckInput(history, []));

        // Then the summary says which read, what it should have read and who wrote that; the evidence is plain values
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Failed));
        Assert.That(verdict.Summary, Is.EqualTo("key \"k\": p2 read → \"1\" 0.040–0.050 s, but the key could only hold \"2\" then (p1 write \"2\" 0.020–0.030 s) (1 of 1 key cannot be linearized)"));
        var violation = (IDictionary<string, object?>)verdict.Evidence["violation"]!;
        Assert.That(violation["key"], Is.EqualTo("k"));
        Assert.That(violation["possible"], Is.EqualTo(new[] { "2" }));
        Assert.That(((IDictionary<string, object?>)violation["impossible"]!)["index"], Is.EqualTo(4L));
        Assert.That(((IList)violation["lanes"]!).Cast<IDictionary<string, object?>>().Select(l => l["process"]), Is.EqualTo(new object[] { 1, 2 }));
    }

    [Test]
    public void Check_NoRegisterOperations_UnknownSayingNothingToJudge()
    {
        // Given an empty history
        var verdict = Judging.Judge(Linearizable, new CheckInput(new ChaosBench.Model.History.History(), []));

        // When the catalogue judges it, then nothing was judged, and that is not a pass
        Assert.That(verdict.Status, Is.EqualTo(VerdictStatus.Unknown));
        Assert.That(verdict.Summary, Does.Contain("nothing to judge"));
    }

    [Test]
    public void ToString_WithBudget_ReadsAsWritten()
    {
        // Given the expectation bare and with a budget
        var withBudget = Linearizable with { Options = new LinearizableOptions { Budget = TimeSpan.FromMinutes(2) } };

        // Then each reads as the scenario states it
        Assert.That((Linearizable.ToString(), withBudget.ToString()), Is.EqualTo(("linearizable", "linearizable budget 2m")));
    }
}
