using Microsoft.Build.Framework;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Validation;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace XanoLink.Build;

/// <summary>
/// Validates a workspace folder during the build: every diagnostic becomes an MSBuild error or warning at its file, line
/// and column, so <c>dotnet build</c> prints <c>path(line,col): error XL1030: message</c> and editors jump to the spot.
/// </summary>
public sealed class ValidateWorkspace : MSBuildTask
{
    /// <summary>The folder holding workspace.json or a XanoScript workspace (docs/xanoscript.md); relative paths are relative to the project's folder.</summary>
    [Required]
    public string WorkspaceDirectory { get; set; } = "";

    /// <summary>The project that runs the task, where problems with the task's setup are reported (its properties are set there).</summary>
    public string ProjectFile { get; set; } = "";

    /// <summary>Report the workspace's warnings (unknown property, misplaced file...) as errors, which fail the build.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>How many errors the workspace has (warnings promoted by <see cref="TreatWarningsAsErrors"/> included).</summary>
    [Output]
    public int ErrorCount { get; private set; }

    public override bool Execute()
    {
        // ProjectFileOfTaskNode names the file holding the task element: the .targets, not the user's project.
        var projectFile = ProjectFile.Length > 0 ? ProjectFile : BuildEngine?.ProjectFileOfTaskNode ?? "";
        try
        {
            var root = ResolveRoot(projectFile);
            if (!Directory.Exists(root))
            {
                LogSetupProblem(DiagnosticCatalog.WorkspaceFolderMissing, projectFile,
                    $"the workspace folder '{root}' does not exist; set XanoLinkWorkspaceDirectory to the folder holding workspace.json, or XanoLinkValidate to false");
                return false;
            }

            if (!WorkspaceFolder.IsWorkspace(root))
            {
                LogSetupProblem(DiagnosticCatalog.NotAWorkspaceFolder, projectFile,
                    $"'{root}' holds no workspace.json and no XanoScript workspace, so it is not a workspace; set XanoLinkWorkspaceDirectory to the workspace's top folder, or XanoLinkValidate to false");
                return false;
            }

            var report = WorkspaceValidation.Run(new FolderFileSource(root));
            foreach (var diagnostic in report.Diagnostics)
            {
                Report(root, diagnostic);
            }

            // High importance: one line at the default (minimal) verbosity, as MinVer prints its version, so a build says it validated.
            Log.LogMessage(MessageImportance.High, "XanoLink: validated {0}: {1} objects, {2} {3}, {4} {5}",
                report.Workspace.Info?.Name ?? Path.GetFileName(root), report.Workspace.Objects.Count,
                report.Errors, report.Errors == 1 ? "error" : "errors", report.Warnings, report.Warnings == 1 ? "warning" : "warnings");
        }
#pragma warning disable CA1031 // A task that throws gives the user MSBuild's stack trace instead of a message; any failure is reported as XL1902.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSetupProblem(DiagnosticCatalog.ValidationCrashed, projectFile,
                $"validation stopped: {ex.GetType().Name}: {ex.Message}");
        }

        return !Log.HasLoggedErrors;
    }

    private string ResolveRoot(string projectFile)
    {
        var directory = WorkspaceDirectory.Trim();
        if (!Path.IsPathRooted(directory) && projectFile.Length > 0)
        {
            directory = Path.Combine(Path.GetDirectoryName(projectFile) ?? "", directory);
        }

        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory.Length == 0 ? "." : directory));
    }

    private void Report(string root, Diagnostic diagnostic)
    {
        // A full path, so the error line links to the file whatever folder the build ran from.
        var file = Path.Combine(root, diagnostic.File.Replace('/', Path.DirectorySeparatorChar));
        if (diagnostic.Severity == Severity.Error || TreatWarningsAsErrors)
        {
            ErrorCount++;
            Log.LogError(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, "{0}", diagnostic.Message);
        }
        else
        {
            Log.LogWarning(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, "{0}", diagnostic.Message);
        }
    }

    private void LogSetupProblem(DiagnosticDescriptor descriptor, string projectFile, string message)
    {
        ErrorCount++;
        Log.LogError(null, descriptor.Code, null, projectFile, 0, 0, 0, 0, "{0}", message);
    }
}
