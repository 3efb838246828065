namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>Compose has no member placeholders: a vendor's braces reach the product as written.</summary>
public sealed class ComposePlaceholderTests : ComposeFixture
{
    [Test]
    public void Load_BracesInCommandAndEnvironment_TakenAsWrittenWithoutError()
    {
        // Given a Compose service whose command and environment hold what would be member placeholders in a scenario
        var compose = """
            services:
              app:
                image: recipe:nginx-1.26
                command: [sh, -c, "echo {self} {time} {peers:%s}"]
                environment: { LOG_FORMAT: "{level} {message}" }
            """;

        // When it is loaded
        var errors = Folder.Errors(compose);
        var app = Folder.Service(compose);

        // Then nothing is reported, and the service is taken verbatim, so the run expands nothing either
        Assert.That(errors, Is.Empty);
        Assert.That(app.Verbatim, Is.True);
        Assert.That(app.Command, Is.EqualTo(new[] { "sh", "-c", "echo {self} {time} {peers:%s}" }));
    }
}
