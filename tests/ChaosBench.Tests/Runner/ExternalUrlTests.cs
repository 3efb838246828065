using ChaosBench.Model;
using ChaosBench.Model.Options;
using ChaosBench.Runner.External;

namespace ChaosBench.Tests.Runner;

public sealed class ExternalUrlTests
{
    private static Service Longhorn(string url) =>
        new ScenarioBuilder("staging", TestKinds.All).Duration(TimeSpan.FromSeconds(5)).Service("longhorn", s => s.External = new ExternalOptions { Url = url }).Build().Service("longhorn");

    [Test]
    public void Resolve_VariableSet_GivesTheUrl()
    {
        // Given an external service whose url is a variable that is set
        var service = Longhorn("${LONGHORN_URL}");

        // When it is resolved
        var url = ExternalUrl.Resolve(service, name => name == "LONGHORN_URL" ? "https://longhorn.staging.example/" : null);

        // Then it is that URL, shown without the trailing slash
        Assert.That(url.Url, Is.EqualTo(new Uri("https://longhorn.staging.example/")));
        Assert.That((url.Problem, url.Shown), Is.EqualTo(((string?)null, "https://longhorn.staging.example")));
    }

    [Test]
    public void Resolve_VariableUnset_SaysWhatToSet()
    {
        // Given the same service and no variable set

        // When it is resolved
        var url = ExternalUrl.Resolve(Longhorn("${LONGHORN_URL}"), _ => null);

        // Then there is no URL, and the problem says what to set, with an example
        Assert.That(url.Url, Is.Null);
        Assert.That(url.Problem, Is.EqualTo("set LONGHORN_URL to the deployment's base URL (e.g. https://longhorn.staging.example)"));
    }

    [Test]
    public void Resolve_SeveralVariablesUnset_NamesThemAndTheUrl()
    {
        // Given a url built from two variables, neither set

        // When it is resolved
        var url = ExternalUrl.Resolve(Longhorn("https://${HOST}:${PORT}/v1"), _ => null);

        // Then both are named with how the url uses them
        Assert.That(url.Problem, Is.EqualTo("set HOST and PORT (the url is written \"https://${HOST}:${PORT}/v1\")"));
    }

    [Test]
    public void Resolve_DefaultWhenUnset_UsesIt()
    {
        // Given a default for the variable, and the variable unset

        // When it is resolved
        var url = ExternalUrl.Resolve(Longhorn("${LONGHORN_URL:-http://127.0.0.1:9500}"), _ => null);

        // Then the default is the URL
        Assert.That(url.Url, Is.EqualTo(new Uri("http://127.0.0.1:9500")));
    }

    [Test]
    public void Resolve_VariableNotAUrl_SaysSo()
    {
        // Given a variable set to a host name without a scheme

        // When it is resolved
        var url = ExternalUrl.Resolve(Longhorn("${LONGHORN_URL}"), _ => "longhorn.staging.example");

        // Then it is refused, saying what to set instead
        Assert.That(url.Url, Is.Null);
        Assert.That(url.Problem, Is.EqualTo("'longhorn.staging.example' is not an http:// or https:// URL; set LONGHORN_URL to the deployment's base URL (e.g. https://longhorn.staging.example)"));
    }

    [Test]
    public void Shown_UrlWithCredentials_MasksThem()
    {
        // Given a URL carrying a user name and password
        var url = ExternalUrl.Resolve(Longhorn("${LONGHORN_URL}"), _ => "https://admin:s3cret@longhorn.staging.example/api/");

        // When it is shown (plan, run record)
        var shown = url.Shown;

        // Then the credentials are masked, the rest kept, while the URL used still has them
        Assert.That(shown, Is.EqualTo("https://***@longhorn.staging.example/api"));
        Assert.That(url.Url!.UserInfo, Is.EqualTo("admin:s3cret"));
    }
}
