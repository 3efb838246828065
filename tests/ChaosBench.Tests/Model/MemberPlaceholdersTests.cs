using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class MemberPlaceholdersTests
{
    /// <summary>A NATS service of three members: nats-1, nats-2, nats-3.</summary>
    private static readonly Service Nats = new("nats", "recipe:nats-2.10", 3, null, null, [], new Dictionary<string, string>(), [], null);

    private static string Expand(string text, string member = "nats-2", PlaceholderContext context = PlaceholderContext.Text) =>
        MemberPlaceholders.Expand(text, Nats, member, context);

    private static IEnumerable<string> Problems(string text, PlaceholderContext context = PlaceholderContext.Text) =>
        MemberPlaceholders.Problems(text, context).Select(p => $"{p.Message}; fix: {p.Fix}");

    [Test]
    public void Expand_Self_IsTheMembersName() =>
        Assert.That(Expand("--name={self}"), Is.EqualTo("--name=nats-2"));

    [Test]
    public void Expand_Index_IsOneBased()
    {
        Assert.That(Expand("server.{index}", "nats-1"), Is.EqualTo("server.1"));
        Assert.That(Expand("server.{index}", "nats-3"), Is.EqualTo("server.3"));
    }

    [Test]
    public void Expand_Service_IsTheServicesName() =>
        Assert.That(Expand("--cluster_name={service}"), Is.EqualTo("--cluster_name=nats"));

    [Test]
    public void Expand_Members_ListsEveryMemberCommaSeparated() =>
        Assert.That(Expand("gcomm://{members}"), Is.EqualTo("gcomm://nats-1,nats-2,nats-3"));

    [Test]
    public void Expand_Peers_ListsTheOthersOnly()
    {
        Assert.That(Expand("{peers}", "nats-2"), Is.EqualTo("nats-1,nats-3"));
        Assert.That(Expand("{peers}", "nats-1"), Is.EqualTo("nats-2,nats-3"));
    }

    [Test]
    public void Expand_PeersOfALoneMember_IsEmpty()
    {
        // Given a service of one member
        var alone = Nats with { Replicas = 1 };

        // Then it has no peers, and its one member is the service's name
        Assert.That(MemberPlaceholders.Expand("[{peers}] {self} {members}", alone, "nats"), Is.EqualTo("[] nats nats"));
    }

    [Test]
    public void Expand_ListWithFormat_PutsEachNameAtEveryPercentS()
    {
        Assert.That(Expand("{peers:nats://%s:6222}"), Is.EqualTo("nats://nats-1:6222,nats://nats-3:6222"));
        Assert.That(Expand("{members:%s=http://%s:2380}"), Is.EqualTo("nats-1=http://nats-1:2380,nats-2=http://nats-2:2380,nats-3=http://nats-3:2380"));
    }

    [Test]
    public void Expand_ShellVariableAndRegexClass_AreNoPlaceholders() =>
        Assert.That(Expand("${self} $self \\p{L} \\P{Lu} {self}"), Is.EqualTo("${self} $self \\p{L} \\P{Lu} nats-2"));

    [Test]
    public void Expand_DoubledBraces_AreALiteralPlaceholder() =>
        Assert.That(Expand("{{self}} {{peers:%s}} {self}"), Is.EqualTo("{self} {peers:%s} nats-2"));

    [Test]
    public void Expand_BracesThatNameNothing_StayAsWritten() =>
        Assert.That(Expand("{\"a\":{\"b\":1}} {{.Name}} {} \\d{3} {{"), Is.EqualTo("{\"a\":{\"b\":1}} {{.Name}} {} \\d{3} {{"));

    [Test]
    public void Expand_InAUrl_WritesMemberNamesAsAddressPlaceholders() =>
        Assert.That(Expand("http://{self}:8222/{service}/{index}", context: PlaceholderContext.Url), Is.EqualTo("http://{nats-2}:8222/nats/2"));

    [Test]
    public void Expand_InAPattern_EscapesValues() =>
        Assert.That(Expand("ready: {self}", context: PlaceholderContext.Pattern), Is.EqualTo("ready: nats-2"));

    [Test]
    public void Expand_InAPattern_EscapesADotInAName()
    {
        // Given a service whose name has a dot, as Compose allows
        var dotted = Nats with { Name = "my.nats", Replicas = 1 };

        // Then its name matches only itself
        Assert.That(MemberPlaceholders.Expand("^{self}$", dotted, "my.nats", PlaceholderContext.Pattern), Is.EqualTo("^my\\.nats$"));
    }

    [Test]
    public void Problems_WellFormed_None() =>
        Assert.That(Problems("{self} {index} {service} {members} {peers} {members:nats://%s:6222} {{other}} ${HOME} {{.Name}}"), Is.Empty);

    [Test]
    public void Problems_UnknownName_SaysWhatWasMeantAndHowToWriteALiteral() =>
        Assert.That(Problems("--routes={peer:nats://%s:6222}"), Is.EqualTo(new[]
        {
            "'{peer:nats://%s:6222}' is no member placeholder; fix: did you mean '{peers}'?; members reach other services by name, without braces; write '{{peer}}' for a literal '{peer}'",
        }));

    [Test]
    public void Problems_UnknownNameFarFromAny_ListsThePlaceholders() =>
        Assert.That(Problems("{etcd}:2379"), Is.EqualTo(new[]
        {
            "'{etcd}' is no member placeholder; fix: use one of {self}, {index}, {service}, {members}, {peers}; members reach other services by name, without braces; write '{{etcd}}' for a literal '{etcd}'",
        }));

    [Test]
    public void Problems_FormatOnANonList_IsReported() =>
        Assert.That(Problems("{self:%s}"), Is.EqualTo(new[] { "'{self:%s}': only {members:FORMAT} and {peers:FORMAT} take a format; fix: write '{self}'" }));

    [Test]
    public void Problems_FormatWithoutPercentS_IsReported() =>
        Assert.That(Problems("{members:nats://x:6222}"), Is.EqualTo(new[] { "'{members:nats://x:6222}': the format has no %s for each member's name; fix: write e.g. '{members:nats://%s:6222}'" }));

    [Test]
    public void Problems_ListInAReadinessUrl_IsReported()
    {
        Assert.That(Problems("http://{peers}:8222/", PlaceholderContext.Url), Is.EqualTo(new[] { "'{peers}' in a readiness URL: a probe reaches its own member; fix: write 'http://{self}:PORT/PATH'" }));
        Assert.That(Problems("http://{self}:8222/", PlaceholderContext.Url), Is.Empty);
    }

    [Test]
    public void Problems_LongPlaceholder_IsQuotedInPart()
    {
        // Given a placeholder longer than an error may quote
        var written = "{peer:" + new string('x', 80) + "%s}";

        // Then the message quotes at most 60 characters of it
        var message = MemberPlaceholders.Problems(written).Single().Message;
        Assert.That(message, Does.StartWith("'{peer:xxx").And.Contain("…'"));
        Assert.That(message.Split('\'')[1], Has.Length.EqualTo(60));
    }

    [Test]
    public void Has_FindsPlaceholdersOnly()
    {
        Assert.That(MemberPlaceholders.Has("--name {self}"), Is.True);
        Assert.That(MemberPlaceholders.Has("http://{self}:8222/", ignoreSelf: true), Is.False);
        Assert.That(MemberPlaceholders.Has("http://{self}:8222/{index}", ignoreSelf: true), Is.True);
        Assert.That(MemberPlaceholders.Has("{{self}} ${self} {etcd}"), Is.False);
    }
}
