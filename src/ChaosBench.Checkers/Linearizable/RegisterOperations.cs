using ChaosBench.Model.History;

namespace ChaosBench.Checkers.Linearizable;

/// <summary>
/// A history's reads, writes and compare-and-sets, each invocation paired with its process's next completion, grouped
/// by key. A process that invokes again while an operation of its own is open leaves that one indeterminate, as
/// Jepsen does; a completion with nothing open is ignored. Other functions (set adds, list appends) are not registers.
/// </summary>
internal static class RegisterOperations
{
    public static bool IsRegister(string f) => f is KvFunctions.Read or KvFunctions.Write or KvFunctions.Cas or KvFunctions.FinalRead;

    /// <summary>Each key's operations, by invocation time; an op without a key is on the key <c>""</c>.</summary>
    public static Dictionary<string, List<KeyedOperation>> ByKey(IReadOnlyList<Op> ops)
    {
        var open = new Dictionary<int, Op>();
        var byKey = new Dictionary<string, List<KeyedOperation>>(StringComparer.Ordinal);
        foreach (var op in ops.Where(o => IsRegister(o.F)))
        {
            if (op.Type == OpType.Invoke)
            {
                if (open.Remove(op.Process, out var earlier))
                {
                    Add(byKey, earlier, null);
                }

                open[op.Process] = op;
            }
            else if (open.Remove(op.Process, out var invoke))
            {
                Add(byKey, invoke, op);
            }
        }

        foreach (var invoke in open.Values)
        {
            Add(byKey, invoke, null);
        }

        foreach (var list in byKey.Values)
        {
            list.Sort((a, b) => a.Invoked != b.Invoked ? a.Invoked.CompareTo(b.Invoked) : a.Invoke.Index.CompareTo(b.Invoke.Index));
        }

        return byKey;
    }

    private static void Add(Dictionary<string, List<KeyedOperation>> byKey, Op invoke, Op? completion)
    {
        var key = invoke.Key ?? string.Empty;
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }

        list.Add(new KeyedOperation(invoke, completion, invoke.F switch
        {
            KvFunctions.Write => RegisterKind.Write,
            KvFunctions.Cas => RegisterKind.Cas,
            _ => RegisterKind.Read,
        }));
    }
}
