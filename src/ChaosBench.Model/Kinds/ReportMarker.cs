namespace ChaosBench.Model.Kinds;

/// <summary>How a timeline entry is drawn on the report's time axis.</summary>
public enum ReportMarker
{
    /// <summary>Not drawn.</summary>
    None,

    /// <summary>Something broke (or a step acted).</summary>
    Fault,

    /// <summary>Something was mended.</summary>
    Repair,
}
