using System.ComponentModel.DataAnnotations;
using ChaosBench.Faults;
using ChaosBench.Model;
using ChaosBench.Model.Kinds;

namespace ChaosBench.Tests.Hosting;

/// <summary>
/// A step kind of the tests' own, public so that the test assembly is an extension assembly of one kind:
/// <c>note: { text: "..." }</c> puts its text on the timeline.
/// </summary>
public sealed class NoteStep : FaultKind<NoteOptions>, IStep
{
    public override string Name => "note";

    protected override string? Subject(NoteOptions options) => options.Text;

    public Task<FaultEffect> RunAsync(FaultContext context, Fault fault, CancellationToken ct) =>
        Task.FromResult(new FaultEffect(fault.OptionsAs<NoteOptions>().Text!, TimeSpan.Zero));
}

/// <summary>The options of <see cref="NoteStep"/>.</summary>
public sealed class NoteOptions
{
    /// <summary>What to note. Required.</summary>
    [Required]
    [Example("\"the backup starts\"")]
    public string? Text { get; set; }
}
