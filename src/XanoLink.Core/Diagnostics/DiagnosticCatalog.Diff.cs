namespace XanoLink.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor DiffUnreadableFile = new("XL3050", Severity.Error, "File left out of a diff");
}
