using System.Net.Sockets;
using ChaosBench.Model.History;
using ChaosBench.Workloads;
using ChaosBench.Workloads.RedisKv;
using Npgsql;

namespace ChaosBench.Tests.Workloads;

public sealed class OpOutcomeTests
{
    private static readonly Uri Redis = new("redis://10.0.0.2:6379");

    private static IEnumerable<TestCaseData> Errors()
    {
        yield return Case(new NotAppliedException(Redis, new SocketException((int)SocketError.ConnectionRefused)), OpType.Fail, "ConnectionRefused");
        yield return Case(new NotAppliedException(Redis, new TimeoutException("no connection within 1s")), OpType.Fail, "timeout");
        yield return Case(new NotAppliedException(Redis, new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")), OpType.Fail, "57P03 the database system is starting up");
        yield return Case(new TimeoutException("no reply to SET within 2s"), OpType.Info, "timeout");
        yield return Case(new IOException("Unable to write data", new SocketException((int)SocketError.ConnectionReset)), OpType.Info, "ConnectionReset");
        yield return Case(new EndOfStreamException("Redis closed the connection"), OpType.Info, "connection closed");
        yield return Case(new RedisErrorException("LOADING Redis is loading the dataset in memory"), OpType.Info, "Redis answered: LOADING Redis is loading the dataset in memory");
        yield return Case(new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), OpType.Info, "connection closed");
        yield return Case(new NpgsqlException("Exception while reading from stream", new TimeoutException()), OpType.Info, "timeout");
        yield return Case(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), OpType.Info, "57P01 terminating connection due to administrator command");
    }

    [TestCaseSource(nameof(Errors))]
    public void OfAndDescribe_ClientError_ClassifiedAndNamed(Exception error, OpType outcome, string description)
    {
        // Given a client error

        // When it is classified and described
        var (type, text) = (OpOutcome.Of(error), OpOutcome.Describe(error));

        // Then only a write known not to have happened is a fail, and the reason is short
        Assert.That(type, Is.EqualTo(outcome));
        Assert.That(text, Is.EqualTo(description));
    }

    private static TestCaseData Case(Exception error, OpType outcome, string description) =>
        new TestCaseData(error, outcome, description).SetArgDisplayNames(error.GetType().Name, description);
}
