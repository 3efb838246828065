namespace ChaosBench.Cli;

/// <summary>One exit code per outcome, so CI can tell a product's failure from a harness's.</summary>
internal static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Invalid = 2;
    public const int Errored = 3;
    public const int Aborted = 130;
}
