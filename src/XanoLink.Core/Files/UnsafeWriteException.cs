using XanoLink.Diagnostics;

namespace XanoLink.Files;

/// <summary>A write <see cref="WorkspaceFileWriter"/> refused (XL1052); the message is the diagnostic's one line.</summary>
public sealed class UnsafeWriteException : IOException
{
    public UnsafeWriteException(Diagnostic diagnostic)
        : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    public UnsafeWriteException()
        : this(DiagnosticCatalog.UnsafeWrite.At("", 0, 0, DiagnosticCatalog.UnsafeWrite.Title))
    {
    }

    public UnsafeWriteException(string message)
        : base(message) => Diagnostic = DiagnosticCatalog.UnsafeWrite.At("", 0, 0, message);

    public UnsafeWriteException(string message, Exception innerException)
        : base(message, innerException) => Diagnostic = DiagnosticCatalog.UnsafeWrite.At("", 0, 0, message);

    public Diagnostic Diagnostic { get; }
}
