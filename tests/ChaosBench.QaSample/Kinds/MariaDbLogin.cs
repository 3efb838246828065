using MySqlConnector;

namespace ChaosBench.QaSample.Kinds;

/// <summary>How the team's MariaDB kinds log in: the user and database the recipe's init script creates.</summary>
internal static class MariaDbLogin
{
    /// <summary>The connection settings for <paramref name="endpoint"/>, without pooling: a client's connection is its own, dropped with it.</summary>
    public static MySqlConnectionStringBuilder For(Uri endpoint, uint connectSeconds, uint commandSeconds) => new()
    {
        Server = endpoint.Host,
        Port = (uint)endpoint.Port,
        UserID = "chaosbench",
        Password = "chaosbench",
        Database = "chaosbench",
        ConnectionTimeout = connectSeconds,
        DefaultCommandTimeout = commandSeconds,
        Pooling = false,
    };
}
