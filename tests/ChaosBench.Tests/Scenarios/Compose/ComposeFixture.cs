namespace ChaosBench.Tests.Scenarios.Compose;

/// <summary>A fresh <see cref="ComposeFolder"/> for each test.</summary>
public abstract class ComposeFixture
{
    internal ComposeFolder Folder { get; private set; } = null!;

    [SetUp]
    public void CreateFolder() => Folder = new ComposeFolder();

    [TearDown]
    public void DeleteFolder() => Folder.Dispose();
}
