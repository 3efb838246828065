namespace ChaosBench.Model.Records;

/// <summary>How a run ended. Each has its own exit code, so CI tells a product's failure from a harness's.</summary>
public enum Outcome
{
    /// <summary>Every expectation held. Exit 0.</summary>
    Passed = 0,

    /// <summary>An expectation deviated. Exit 1.</summary>
    Failed = 1,

    /// <summary>The scenario or the command line is wrong. Exit 2.</summary>
    Invalid = 2,

    /// <summary>The harness or its environment failed; nothing can be said of the product. Exit 3.</summary>
    Errored = 3,

    /// <summary>Interrupted (Ctrl-C). Exit 130.</summary>
    Aborted = 130,
}
