using System.Text;
using ChaosBench.Reports;

namespace ChaosBench.Tests.Reports;

/// <summary>What a report writer produces, as text.</summary>
internal static class Rendered
{
    public static string Text(IReportWriter writer, ReportInput input)
    {
        using var output = new MemoryStream();
        writer.Write(input, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
