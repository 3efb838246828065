using System.Text.Json.Nodes;
using ChaosBench.Model;

namespace ChaosBench.Tests.Model;

public sealed class JsonPointerTests
{
    private static readonly JsonNode Answer = JsonNode.Parse("""{"kvs":[{"value":"djE=","version":3}],"a/b":{"~":"x"}}""")!;

    [TestCase("/kvs/0/value", "djE=")]
    [TestCase("/kvs/0/version", "3")]
    [TestCase("/a~1b/~0", "x")]
    [TestCase("/kvs/1/value", null)]
    [TestCase("/count", null)]
    public void Find_Pointer_ReturnsTheStringOrTheJsonOrNull(string pointer, string? expected)
    {
        // Given etcd's range answer (and escaped keys)

        // When a pointer is followed
        var found = JsonPointer.Find(Answer, pointer);

        // Then a string is itself, a number its JSON, and a missing step null
        Assert.That(found, Is.EqualTo(expected));
    }
}
