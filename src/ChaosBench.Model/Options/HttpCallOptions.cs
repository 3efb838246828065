namespace ChaosBench.Model.Options;

/// <summary>One request of <see cref="HttpOptions"/>: a write (with <see cref="Ok"/>) or a read (with <see cref="Value"/>, <see cref="Base64"/> and <see cref="Missing"/>).</summary>
public sealed class HttpCallOptions
{
    /// <summary>GET, PUT, POST or DELETE. Required.</summary>
    public string? Method { get; set; }

    /// <summary>The path and query, starting with '/', e.g. <c>/v1/kv/{key}</c>. Required.</summary>
    public string? Path { get; set; }

    /// <summary>The request body, sent as JSON when it starts with '{' or '[' and as text otherwise. Default: none.</summary>
    public string? Body { get; set; }

    /// <summary>Write: the statuses that acknowledge it. Default: 200, 201, 204.</summary>
    public List<int> Ok { get; set; } = [200, 201, 204];

    /// <summary>Read: a JSON pointer (<c>/kvs/0/value</c>) to the value in the answer. Default: the whole body is the value.</summary>
    public string? Value { get; set; }

    /// <summary>Read: the value is base64 and is decoded. Default: false.</summary>
    public bool Base64 { get; set; }

    /// <summary>Read: the statuses that mean the key is absent. Default: 404.</summary>
    public List<int> Missing { get; set; } = [404];
}
