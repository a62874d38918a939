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
            if (workspace.Info is null && workspace.Format == Model.WorkspaceFormat.XanoScript)
            {
                diagnostics.Add(DiagnosticCatalog.SourceWithoutIdentity.At(file.Path, 0, 0, "this workspace publishes (it has xanolink.json) but has no name or guid: tenants know their source by its guid; add a workspace.json with { \"guid\": \"...\", \"name\": \"...\" } (or Xano's workspace/NAME.xs)"));
            }


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
