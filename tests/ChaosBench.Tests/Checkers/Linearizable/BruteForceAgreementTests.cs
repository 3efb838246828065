using ChaosBench.Checkers.Linearizable;
using ChaosBench.Model.History;

namespace ChaosBench.Tests.Checkers.Linearizable;

/// <summary>The checker against the definition (<see cref="BruteForce"/>) on random small histories.</summary>
public sealed class BruteForceAgreementTests
{
    private static readonly string?[] Values = [null, "a", "b", "c"];

    [Test]
    public void Check_ThousandRandomSmallHistories_SameVerdictAsBruteForce()
    {
        // Given 1,000 random histories of up to 7 operations on one or two keys, few values (so values repeat),
        // overlapping at millisecond ticks, with every outcome (ok, fail, info, never completed)
        var random = new Random(20);
        var verdicts = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var n = 0; n < 1_000; n++)
        {
            var history = RandomHistory(random);

            // When both judge it
            var expected = BruteForce.IsLinearizable(history);
            var result = LinearizabilityChecker.Check(history, new LinearizabilityOptions(), CancellationToken.None);

            // Then they agree (nothing acknowledged is nothing to judge), and a failure's impossible operation is where the
            // history stops being linearizable
            var agreed = !history.Any(o => o.Type == OpType.Ok) ? LinearizabilityOutcome.Unknown : expected ? LinearizabilityOutcome.Passed : LinearizabilityOutcome.Failed;
            Assert.That(result.Outcome, Is.EqualTo(agreed), () => Describe(history));
            if (!expected)
            {
                var key = history.Where(o => o.Key == result.Violation!.Key).ToList();
                var end = result.Violation!.Impossible!.Completed!.Value.Ticks;
                Assert.That(BruteForce.IsLinearizable(key, end), Is.False, () => $"the key up to the impossible op passes\n{Describe(history)}");
                Assert.That(BruteForce.IsLinearizable(key, end - 1), Is.True, () => $"the key before the impossible op fails\n{Describe(history)}");
            }

            verdicts[expected]++;
        }

        // And both verdicts were common enough for the agreement to mean something
        Assert.That(verdicts.Values, Has.All.GreaterThan(150), $"linearizable {verdicts[true]}, not {verdicts[false]}");
    }

    private static List<Op> RandomHistory(Random random)
    {
        var events = new List<Op>();
        var count = random.Next(1, 8);
        var keys = random.Next(1, 3);
        for (var process = 0; process < count; process++)
        {
            var key = $"k{random.Next(keys)}";
            var invoked = random.Next(0, 20);
            var completed = invoked + random.Next(0, 10);
            var (f, value, expected) = random.Next(3) switch
            {
                0 => (KvFunctions.Write, Values[random.Next(1, 3)], null),
                1 => (KvFunctions.Read, Values[random.Next(0, 3)], null),
                _ => (KvFunctions.Cas, Values[random.Next(1, 4)], Values[random.Next(0, 3)]),
            };
            var outcome = random.Next(20) switch
            {
                < 12 => OpType.Ok,
                < 14 => OpType.Fail,
                < 17 => OpType.Info,
                _ => OpType.Invoke,
            };
            var read = f == KvFunctions.Read;
            events.Add(new Op(0, Ms(invoked), OpType.Invoke, process, f, key, read ? null : value) { Expected = expected });
            if (outcome != OpType.Invoke)
            {
                events.Add(new Op(0, Ms(completed), outcome, process, f, key, read && outcome != OpType.Ok ? null : value) { Expected = expected });
            }
        }

        return [.. events.OrderBy(e => e.Time).ThenBy(e => e.Type == OpType.Invoke ? 0 : 1).Select((e, i) => e with { Index = i })];
    }

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    private static string Describe(List<Op> history) =>
        string.Join("\n", history.Select(o => $"{o.Time.TotalMilliseconds}ms p{o.Process} {o.Type} {o.F} {o.Key} {o.Expected ?? "-"}→{o.Value ?? "nil"}"));
}
