using ChaosBench.Bench;

return SizedBench.Run(args, "chaosbench-bench", "ops", SizeRun.Measure, SizeRun.RunsFor, (results, seed) => ResultTable.Print(Console.Out, results, seed), r => r.Problems.Count > 0);
