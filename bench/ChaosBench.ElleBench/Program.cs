using ChaosBench.Bench;
using ChaosBench.ElleBench;

return SizedBench.Run(args, "chaosbench-elle-bench", "transactions", SizeRun.Measure, SizeRun.RunsFor, (results, seed) => ResultTable.Print(Console.Out, results, seed), r => r.Problems.Count > 0);
