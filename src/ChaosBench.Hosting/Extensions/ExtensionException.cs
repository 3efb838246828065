namespace ChaosBench.Hosting.Extensions;

/// <summary>An extension assembly that cannot be loaded, or whose kind cannot be registered; the message names the file and the fix.</summary>
public sealed class ExtensionException(string message, Exception? inner = null) : Exception(message, inner);
