namespace ChaosBench.Faults;

/// <summary>The running topology of one run: every member, and the network they share.</summary>
public sealed class Deployment(string network, IReadOnlyList<Member> members)
{
    public string Network { get; } = network;

    public IReadOnlyList<Member> Members { get; } = members;

    public Member this[string name] => Members.First(m => m.Name == name);

    public IReadOnlyList<Member> Of(string service) => Members.Where(m => m.Service == service).ToList();
}
