using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Faults.Kill;
using ChaosBench.Faults.Restart;
using ChaosBench.Faults.VersionHop;
using ChaosBench.Checkers.NoLostWrites;
using ChaosBench.Checkers.HttpStatus;
using ChaosBench.Checkers.Linearizable;

namespace ChaosBench.Tests.Model;

public sealed class ScenarioValidatorTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static ScenarioBuilder Etcd() => new ScenarioBuilder("etcd-test", TestKinds.All)
        .Duration(20 * Second)
        .Service("etcd", s => { s.Image = "recipe:etcd-3.4"; s.Replicas = 3; });

    [Test]
    public void Validate_ParameterOfAnotherKind_NamesTheParameterAndWhatTheKindTakes()
    {
        // Given a stop fault with a signal, which only kill takes
        var options = Etcd().ToOptions();
        options.Faults.Add(new FaultOptions { At = 5 * Second, Kind = "stop", Options = new KillOptions { Target = "etcd", Signal = "TERM" } });

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the signal is the problem, and the fix lists what stop takes
        Assert.That(errors, Is.EqualTo(new[] { new ScenarioError("faults[0].stop.signal", "stop takes no 'signal'", "stop takes target, pick, for, when-log") }));
    }

    [Test]
    public void Validate_HttpStatusNeverOutOfRange_NamesTheParameter()
    {
        // Given an http-status expectation whose never list holds a code that is no status
        var options = Etcd().ToOptions();
        options.Expect.Add(new ExpectationOptions { Kind = "http-status", Options = new HttpStatusOptions { Url = "http://{etcd}:2379/health", Is = 200, Never = [503, 42] } });

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then never is the problem
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "expect[0].http-status.never: 42 is not an HTTP status code; fix: write e.g. 'never: [500, 502, 503]'" }));
    }

    [TestCase(0)]
    [TestCase(-500)]
    public void Validate_LossWindowNotPositive_NamesTheParameterAndTheFix(int milliseconds)
    {
        // Given no-lost-writes with a loss-window that excuses nothing or less, built in C#
        var options = Etcd().Workload("etcd-kv", "etcd")
            .Expect(new NoLostWritesOptions { LossWindow = TimeSpan.FromMilliseconds(milliseconds) }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the loss-window is the problem, said as the YAML loader says it
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "expect[0].no-lost-writes.loss-window: loss-window must be positive; fix: write e.g. 'loss-window: 1s', or leave it out to allow no loss at all" }));
    }

    [Test]
    public void Validate_BudgetNotPositiveOrOnAnotherKind_NamesTheParameterAndTheFix()
    {
        // Given a linearizable expectation with a zero budget, and a budget set on no-lost-writes, built in C#
        var options = Etcd().Workload("etcd-kv", "etcd")
            .Expect(new LinearizableOptions { Budget = TimeSpan.Zero }).ToOptions();
        options.Expect.Add(new ExpectationOptions { Kind = "no-lost-writes", Options = new LinearizableOptions { Budget = Second } });

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then both are refused where they stand
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "expect[0].linearizable.budget: budget must be positive; fix: write e.g. 'budget: 30s', or leave it out for 30s",
            "expect[1].no-lost-writes.budget: no-lost-writes takes no 'budget'; fix: budget belongs to linearizable",
        }));
    }

    [Test]
    public void Validate_LossWindowOnAnotherKind_NamesTheKindItBelongsTo()
    {
        // Given a loss-window set on availability, which only the builder can do
        var options = Etcd().Workload("etcd-kv", "etcd").ToOptions();
        options.Expect.Add(new ExpectationOptions { Kind = "availability", Options = new NoLostWritesOptions { LossWindow = Second } });

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the parameter is refused
        Assert.That(errors, Is.EqualTo(new[] { new ScenarioError("expect[0].availability.loss-window", "availability takes no 'loss-window'", "loss-window belongs to no-lost-writes") }));
    }

    [Test]
    public void Validate_PreviousAfterUnknownKind_OnlyTheUnknownKindIsReported()
    {
        // Given a fault of an unknown kind, then a fault aimed at 'previous'
        var options = Etcd().Fault(5 * Second, "kil", "etcd").Fault(8 * Second, "start", "previous").ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then 'previous' is not mistaken for the first fault
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "faults[0]" }));
    }

    [Test]
    public void Validate_MissingRequiredFields_PathsNameTheMissingField()
    {
        // Given a workload and faults that lack their required fields
        var options = Etcd()
            .Workload(null!, null!)
            .Fault(5 * Second, "kill", null!)
            .Fault(6 * Second, "delete-path", "etcd-2")
            .Fault(7 * Second, "version-hop", "etcd")
            .ToOptions();
        options.Faults.Add(new FaultOptions { Kind = "restart", Options = new RestartOptions { Target = "etcd" } });

        // When it is validated
        var paths = ScenarioValidator.Validate(options, TestKinds.All).Select(e => e.Path);

        // Then each error's path names the field to add, so a loader can point at its parent
        Assert.That(paths, Is.SupersetOf(new[] { "workload.kind", "workload.target", "faults[0].kill.target", "faults[1].delete-path.path", "faults[2].version-hop.to", "faults[3].at" }));
    }

    [Test]
    public void Validate_PickLeaderWithoutCluster_SaysOneReplicaAndNoCluster()
    {
        // Given a single-replica service without a cluster kind
        var options = new ScenarioBuilder("db-test", TestKinds.All).Duration(20 * Second)
            .Service("db", s => s.Image = "recipe:postgresql-15")
            .Fault(5 * Second, new KillOptions { Target = "db", Pick = "leader" })
            .ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the message reads naturally and the fix leaves out 'leader'
        Assert.That(errors, Is.EqualTo(new[] { new ScenarioError("faults[0].kill.pick", "cannot pick 'leader' of db (1 replica, no cluster)", "use random, all or a member number from 1 to 1") }));
    }

    [Test]
    public void Validate_RollingVersionHop_Accepted()
    {
        // Given a version hop of every member one at a time
        var options = Etcd().Fault(5 * Second, new VersionHopOptions { Target = "etcd", Pick = "rolling", To = "recipe:etcd-3.5" }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then nothing is wrong
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_RollingKill_RefusedNamingTheKindsThatRoll()
    {
        // Given a kill with pick: rolling, which brings no member back to wait for
        var options = Etcd().Fault(5 * Second, new KillOptions { Target = "etcd", Pick = "rolling" }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the pick is refused at its place, naming the kinds that roll
        Assert.That(errors, Is.EqualTo(new[] { new ScenarioError("faults[0].kill.pick", "kill cannot pick 'rolling': it brings no member back to wait for; version-hop can", "use random, all, or a member number") }));
    }

    [Test]
    public void Validate_MemberNumberOutOfRange_ListsTheMembers()
    {
        // Given a fault aimed at a fourth member of three
        var options = Etcd().Fault(5 * Second, "kill", "etcd-4").ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the fix names the members there are, not merely the closest name
        Assert.That(errors, Is.EqualTo(new[] { new ScenarioError("faults[0].kill.target", "etcd has no member 'etcd-4'", "its members are etcd-1, etcd-2, etcd-3") }));
    }

    [Test]
    public void Validate_MistypedSignalWithSigPrefix_SuggestsTheSignal()
    {
        // Given a kill with a mistyped SIG-prefixed signal
        var options = Etcd().Fault(5 * Second, new KillOptions { Target = "etcd", Signal = "SIGKIL" }).ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the suggestion is the signal meant
        Assert.That(errors.Single().Fix, Is.EqualTo("did you mean 'KILL'?"));
    }

    [Test]
    public void Validate_RecoversWithinWithoutTime_PathNamesTheExpectationsValue()
    {
        // Given recovers-within without its time
        var options = Etcd().Workload("etcd-kv", "etcd").Expect("recovers-within").ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the path names the missing value
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "expect[0].recovers-within" }));
    }

    [Test]
    public void Validate_NoServices_ReferencesAreNotReportedAgain()
    {
        // Given a workload and a fault aimed at a service, and no services at all
        var options = new ScenarioBuilder("empty-test", TestKinds.All).Duration(20 * Second)
            .Workload("etcd-kv", "etcd")
            .Fault(5 * Second, "kill", "etcd")
            .ToOptions();

        // When it is validated
        var errors = ScenarioValidator.Validate(options, TestKinds.All);

        // Then the one problem is said once
        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "services" }));
    }
}
