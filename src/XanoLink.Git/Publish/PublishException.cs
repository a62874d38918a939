using XanoLink.Diagnostics;

namespace XanoLink.Git.Publish;

/// <summary>
/// The whole publish cannot start (the source at that ref does not validate, its manifest names no tenants...).
/// Tenant-level failures are never thrown: they are a tenant's outcome. The CLI prints the message and exits 1.
/// </summary>
public sealed class PublishException : Exception
{
    public PublishException()
    {
    }

    public PublishException(string message)
        : base(message)
    {
    }

    public PublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PublishException(DiagnosticDescriptor descriptor, string message)
        : base(message) => Code = descriptor.Code;

    /// <summary>The catalogue code (docs/diagnostics.md).</summary>
    public string Code { get; } = DiagnosticCatalog.SourceInvalid.Code;
}

/// <summary>One tenant's publish cannot go on; the message becomes that tenant's error, with its code.</summary>
internal sealed class TenantFailure(DiagnosticDescriptor descriptor, string message) : Exception(message)
{
    public string Code => descriptor.Code;
}
