namespace ChaosBench.Model.Kinds;

/// <summary>Where catalogs start: <c>KindCatalog.Empty&lt;IFaultKind&gt;().With(new KillFault())</c>.</summary>
public static class KindCatalog
{
    /// <summary>A catalog with no kinds.</summary>
    public static KindCatalog<TKind> Empty<TKind>()
        where TKind : class, IKind => new([]);
}
