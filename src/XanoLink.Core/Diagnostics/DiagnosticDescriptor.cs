namespace XanoLink.Diagnostics;

/// <summary>A catalogue entry: a stable code, its default severity and a one-line title for docs/diagnostics.md.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title)
{
    public Diagnostic At(string file, int line, int column, string message) =>
        new(Severity, Code, file, line, column, message);

    public Diagnostic At(SourcePosition position, string message) =>
        new(Severity, Code, position.File, position.Line, position.Column, message);
}
