using XanoLink.Diagnostics;
using XanoLink.Manifest;
using XanoLink.Model;

namespace XanoLink.Validation;

/// <summary>Everything one validation run found, sorted by file, line and column.</summary>
public sealed record ValidationReport(Workspace Workspace, LinkManifest? Manifest, Selection.Selection? Selection, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool HasErrors => Errors > 0;
}
