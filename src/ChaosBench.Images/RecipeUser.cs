namespace ChaosBench.Images;

/// <summary>A system user a recipe pins: <c>users: { postgres: { id: 999, home: /var/lib/postgresql } }</c>.</summary>
/// <param name="Name">The user's name, and its group's.</param>
/// <param name="Id">Its uid and gid, in Debian's range for system users (100-999).</param>
/// <param name="Home">
/// Its home directory, created owned by it (no skeleton files) as <c>adduser --system --home</c> creates it;
/// <see cref="NoHome"/>, as <c>adduser --system</c> gives, unless the recipe names one.
/// </param>
/// <param name="Shell">Its login shell: <c>/bin/bash</c> with a home, else <c>/usr/sbin/nologin</c>, as the products' packages give theirs.</param>
public sealed record RecipeUser(string Name, int Id, string Home, string Shell)
{
    /// <summary>The home of a user whose recipe names none: <c>/nonexistent</c>, never created.</summary>
    internal const string NoHome = "/nonexistent";
}
