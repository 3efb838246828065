using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class InterpolationComposeTests
{
    private static readonly Dictionary<string, string> Set = new() { ["TAG"] = "3.4", ["EMPTY"] = string.Empty, ["OTHER"] = "o" };

    private static string? Lookup(string name) => Set.GetValueOrDefault(name);

    [TestCase("$TAG and ${TAG}", "3.4 and 3.4")]
    [TestCase("${UNSET:-x} ${EMPTY:-x} ${TAG:-x}", "x x 3.4")]
    [TestCase("${UNSET-x} ${EMPTY-x} ${TAG-x}", "x  3.4")]
    [TestCase("${UNSET:+y} ${EMPTY:+y} ${TAG:+y}", "  y")]
    [TestCase("${UNSET+y} ${EMPTY+y} ${TAG+y}", " y y")]
    [TestCase("${EMPTY?m} ${TAG:?m}", " 3.4")]
    [TestCase("${UNSET:-${OTHER}}-${UNSET:-${ALSO_UNSET:-deep}}", "o-deep")]
    [TestCase("$$TAG $${TAG} a$ $ $-", "$TAG ${TAG} a$ $ $-")]
    [TestCase("${UNSET:-}", "")]
    public void ExpandCompose_EveryForm_ExpandsAsComposeDoes(string text, string expected)
    {
        // Given a value in one of Compose's forms

        // When it is expanded
        var result = Interpolation.ExpandCompose(text, Lookup);

        // Then the colon forms treat empty as unset, the others do not, and a lone '$' is itself
        Assert.That(result.Text, Is.EqualTo(expected));
        Assert.That(result.Missing, Is.Empty);
    }

    [Test]
    public void ExpandCompose_UnsetWithoutDefault_IsMissingButAnUnusedDefaultIsNot()
    {
        // Given unset variables with no default, and one only inside a default that is not used

        // When it is expanded
        var result = Interpolation.ExpandCompose("$UNSET ${ALSO} ${TAG:-${NEVER}}", Lookup);

        // Then the two are missing and the default is never looked at
        Assert.That(result.Missing, Is.EqualTo(new[] { "UNSET", "ALSO" }));
        Assert.That(result.Text, Is.EqualTo("  3.4"));
    }

    [TestCase("${UNSET:?set UNSET to the cluster's URL}", "required variable UNSET is missing a value: set UNSET to the cluster's URL")]
    [TestCase("${EMPTY:?}", "required variable EMPTY is missing a value")]
    [TestCase("${UNSET?no $TAG}", "required variable UNSET is missing a value: no 3.4")]
    public void ExpandCompose_RequiredUnset_ThrowsWithTheMessage(string text, string message)
    {
        // Given a required variable that is unset (or empty, with the colon)

        // When it is expanded
        var error = Assert.Throws<RequiredVariableException>(() => Interpolation.ExpandCompose(text, Lookup))!;

        // Then the file's message is the error's
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [TestCase("${TAG")]
    [TestCase("${}")]
    [TestCase("${TAG:x}")]
    [TestCase("${1X}")]
    public void ExpandCompose_MalformedPlaceholder_Throws(string text)
    {
        // Given a placeholder written wrong

        // Then expanding it refuses
        Assert.Throws<FormatException>(() => Interpolation.ExpandCompose(text, Lookup));
    }

    [Test]
    public void Expand_ScenarioSyntax_StaysStrict()
    {
        // Given Compose-only forms in a scenario value

        // Then the scenario syntax still refuses a bare $NAME and takes ${NAME-x} for no name
        Assert.Throws<FormatException>(() => Interpolation.Expand("$TAG", Lookup));
        Assert.Throws<FormatException>(() => Interpolation.Expand("${TAG-x}", Lookup));
    }
}
