using YamlDotNet.RepresentationModel;

namespace ChaosBench.Scenarios.Matrix;

/// <summary>A file's <c>matrix:</c> as read: every combination of values it expands into, and where each variable is declared.</summary>
/// <param name="Combinations">One per scenario the file expands into, each naming every variable, in the order declared.</param>
/// <param name="Variables">Each variable's key in the file: an unused one is reported there.</param>
internal sealed record ScenarioMatrix(IReadOnlyList<IReadOnlyDictionary<string, string>> Combinations, IReadOnlyDictionary<string, YamlNode> Variables);
