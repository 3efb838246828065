namespace ChaosBench.Reports.Elle;

/// <summary>An EDN map, and the line its <c>{</c> is on, so an op that does not make sense can be pointed at.</summary>
internal sealed class EdnMap(int line) : Dictionary<object, object?>
{
    public int Line => line;
}

/// <summary><c>:name</c>; the name without its colon.</summary>
internal sealed record EdnKeyword(string Name);

/// <summary>A bare word other than <c>nil</c>, <c>true</c> and <c>false</c>, e.g. Jepsen's <c>...</c>.</summary>
internal sealed record EdnSymbol(string Name);
