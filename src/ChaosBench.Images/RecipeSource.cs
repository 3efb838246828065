namespace ChaosBench.Images;

/// <summary>Where a recipe was found, in the order they are looked up: the first that has the name wins.</summary>
public enum RecipeSource
{
    /// <summary>Named by its path in the scenario: <c>recipe:./recipes/nats-2.10.yaml</c>.</summary>
    File,

    /// <summary>A <c>recipes/</c> folder next to the scenario, or in one of its parents up to the repository root.</summary>
    Nearby,

    /// <summary>A folder named in <c>CHAOSBENCH_RECIPES</c>.</summary>
    Variable,

    /// <summary>The recipes the harness ships (<c>fixtures/images</c> of the checkout, or of the installed tool or package).</summary>
    BuiltIn,
}
