namespace XanoLink.Diagnostics;

public static partial class DiagnosticCatalog
{
    // Build-time validation (the XanoLink.Build MSBuild task): problems with the task's setup, not with the workspace's files.
    public static readonly DiagnosticDescriptor WorkspaceFolderMissing = new("XL1900", Severity.Error, "Workspace folder does not exist");
    public static readonly DiagnosticDescriptor NotAWorkspaceFolder = new("XL1901", Severity.Error, "No workspace.json in the workspace folder");
    public static readonly DiagnosticDescriptor ValidationCrashed = new("XL1902", Severity.Error, "Validation stopped unexpectedly");
}
