namespace XanoLink.Cli.Infrastructure;

/// <summary>A mistake in how the command was called (exit code 2): the message says what to do instead.</summary>
internal sealed class UsageException(string message) : Exception(message);
