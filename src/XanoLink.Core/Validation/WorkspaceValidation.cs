using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Selection;

namespace XanoLink.Validation;

/// <summary>The one entry point for "is this workspace valid": load, check each file, check across files, check the manifest and its selection.</summary>
public static class WorkspaceValidation
{
    public static ValidationReport Run(IFileSource source)
    {
        var (workspace, loadDiagnostics) = WorkspaceLoader.Load(source);
        var diagnostics = new List<Diagnostic>(loadDiagnostics);
        diagnostics.AddRange(WorkspaceValidator.Validate(workspace));

        LinkManifest? manifest = null;
        Selection.Selection? selection = null;
        if (workspace.Manifest is { } file)
        {
            var (read, manifestDiagnostics) = ManifestReader.Read(file);
            manifest = read;
            diagnostics.AddRange(manifestDiagnostics);
            var (selected, selectionDiagnostics) = Selector.Select(workspace, manifest);
            selection = selected;
            diagnostics.AddRange(selectionDiagnostics);
        }

        diagnostics.Sort(Diagnostic.Compare);
        return new ValidationReport(workspace, manifest, selection, diagnostics);
    }
}
