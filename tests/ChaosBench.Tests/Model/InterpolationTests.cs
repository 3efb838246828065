using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class InterpolationTests
{
    private static readonly Dictionary<string, string> Set = new() { ["LONGHORN_URL"] = "https://longhorn.staging.example", ["EMPTY"] = string.Empty };

    private static string? Lookup(string name) => Set.GetValueOrDefault(name);

    [Test]
    public void Expand_SetVariable_IsReplaced()
    {
        // Given a url taken from a variable that is set

        // When it is expanded
        var result = Interpolation.Expand("${LONGHORN_URL}/v1", Lookup);

        // Then the value stands in its place and nothing is missing
        Assert.That(result.Text, Is.EqualTo("https://longhorn.staging.example/v1"));
        Assert.That(result.Missing, Is.Empty);
        Assert.That(result.IsComplete, Is.True);
    }

    [Test]
    public void Expand_UnsetVariable_IsListedAsMissing()
    {
        // Given two variables that are not set, one of them used twice
        var text = "${SCHEME}://${HOST}/${HOST}";

        // When it is expanded
        var result = Interpolation.Expand(text, Lookup);

        // Then each is missing once, in order, and stands for nothing
        Assert.That(result.Missing, Is.EqualTo(new[] { "SCHEME", "HOST" }));
        Assert.That(result.Text, Is.EqualTo(":///"));
        Assert.That(result.IsComplete, Is.False);
    }

    [TestCase("${UNSET:-http://127.0.0.1:9500}", "http://127.0.0.1:9500")]
    [TestCase("${LONGHORN_URL:-http://127.0.0.1:9500}", "https://longhorn.staging.example")]
    [TestCase("${EMPTY:-fallback}", "fallback")]
    [TestCase("${UNSET:-}", "")]
    public void Expand_Default_AppliesWhenUnsetOrEmpty(string text, string expected)
    {
        // Given a variable with a default

        // When it is expanded
        var result = Interpolation.Expand(text, Lookup);

        // Then the default applies only when the variable is unset or empty, and nothing is missing
        Assert.That(result.Text, Is.EqualTo(expected));
        Assert.That(result.Missing, Is.Empty);
    }

    [Test]
    public void Expand_EmptyVariableWithoutDefault_CountsAsUnset()
    {
        // Given a variable set to nothing

        // When it is expanded
        var result = Interpolation.Expand("${EMPTY}", Lookup);

        // Then it is missing: an empty URL is never what was meant
        Assert.That(result.Missing, Is.EqualTo(new[] { "EMPTY" }));
    }

    [Test]
    public void Expand_DoubleDollar_IsOneLiteralDollar()
    {
        // Given $$ before something that would otherwise be a placeholder

        // When it is expanded
        var result = Interpolation.Expand("price$$5 and $${LONGHORN_URL}", Lookup);

        // Then each $$ is a '$' and what follows is text
        Assert.That(result.Text, Is.EqualTo("price$5 and ${LONGHORN_URL}"));
        Assert.That(Interpolation.Variables("$${LONGHORN_URL}"), Is.Empty);
    }

    [TestCase("$LONGHORN_URL", "a lone '$' at character 1")]
    [TestCase("http://x/$", "a lone '$' at character 10")]
    [TestCase("${LONGHORN_URL", "has no closing '}'")]
    [TestCase("${}", "does not name a variable")]
    [TestCase("${1ST}", "does not name a variable")]
    [TestCase("${LONG-HORN}", "does not name a variable")]
    public void Problem_MalformedPlaceholder_SaysWhatIsWrong(string text, string expected)
    {
        // Given a placeholder written wrong

        // When it is checked
        var problem = Interpolation.Problem(text);

        // Then the problem is named, and expanding it refuses too
        Assert.That(problem, Does.Contain(expected));
        Assert.Throws<FormatException>(() => Interpolation.Expand(text, Lookup));
    }

    [Test]
    public void Variables_WellFormedText_ListsEachOnceInOrderWithoutNeedingValues()
    {
        // Given text naming variables, with and without defaults

        // When its variables are listed
        var names = Interpolation.Variables("${B}${A:-x}${B}");

        // Then each is listed once, in order, whether or not it has a default
        Assert.That(names, Is.EqualTo(new[] { "B", "A" }));
        Assert.That(Interpolation.Problem("${B}${A:-x}"), Is.Null);
    }
}
