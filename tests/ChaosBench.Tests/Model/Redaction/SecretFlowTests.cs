using ChaosBench.Model;
using ChaosBench.Model.Redaction;

namespace ChaosBench.Tests.Model.Redaction;

public sealed class SecretFlowTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["PGPASSWORD"] = "pg-pass-1", ["SESSION_ID"] = "sess-2", ["HOST"] = "db" };

    [Test]
    public void Expand_TextWithASecretNamedVariable_TheTextIsSecretToo()
    {
        // Given the flow of a scenario that marks nothing
        var flow = new SecretFlow([]);

        // When a URL is interpolated from PGPASSWORD, and another text from HOST alone
        var url = Expand(flow, "postgres://app:${PGPASSWORD}@${HOST}/app");
        var plain = Expand(flow, "host=${HOST}");

        // Then the password and the URL made from it are secret; the plain text is not
        Assert.That(flow.Values, Is.EquivalentTo(new[] { "pg-pass-1", "postgres://app:pg-pass-1@db/app" }));
        Assert.That(flow.IsSecretValue(url), Is.True);
        Assert.That(flow.IsSecretValue(plain), Is.False);
    }

    [Test]
    public void Expand_MarkedVariableThenAVariableHoldingATaintedValue_BothFlow()
    {
        // Given SESSION_ID marked secret by the scenario, and a variable whose value was made from it earlier
        var flow = new SecretFlow(["SESSION_ID"]);
        var cookie = Expand(flow, "sid=${SESSION_ID}");
        var lookup = new Dictionary<string, string> { ["COOKIE"] = cookie };

        // When a text is interpolated from that variable, whose name says nothing
        var header = flow.Expand(n => lookup.GetValueOrDefault(n), l => Interpolation.ExpandCompose("Cookie: ${COOKIE}", l).Text, t => t);

        // Then the secret followed it
        Assert.That(flow.IsSecretValue(header), Is.True);
        Assert.That(flow.IsSecret("COOKIE", cookie), Is.True);
    }

    private static string Expand(SecretFlow flow, string text) =>
        flow.Expand(n => Environment.GetValueOrDefault(n), lookup => Interpolation.ExpandCompose(text, lookup).Text, t => t);
}
