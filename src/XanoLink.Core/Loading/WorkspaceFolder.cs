namespace XanoLink.Loading;

/// <summary>
/// Whether a folder on disk is a workspace: it holds workspace.json (either format), or is a XanoScript workspace as
/// Xano's tools write one: <c>workspace/NAME.xs</c>, <c>workspace.xs</c> or <c>branch.xs</c>, or <c>.xs</c> files in the
/// folders Xano's layouts use (<c>table/</c>, <c>api/</c>, <c>function/</c>, <c>tables/</c>, <c>apis/</c>, ...).
/// </summary>
public static class WorkspaceFolder
{
    // The folders whose .xs files mark a workspace by themselves; not the older CLI's construct-named ones (agent/,
    // tool/), which would make ai/ (holding agent/ and tool/) look like a workspace of its own.
    private static readonly string[] MarkingFolders =
    [
        "table", "api", "function", "addon", "task", "middleware", "ai", "workflow_test", "realtime",
        "tables", "apis", "functions", "addons", "tasks", "triggers", "agents", "tools", "mcp_servers",
    ];

    /// <summary>What makes a folder a workspace, for messages: "workspace.json or a XanoScript workspace (workspace/NAME.xs, branch.xs)".</summary>
    public const string Markers = "workspace.json or Xano's XanoScript files (workspace/NAME.xs, workspace.xs, branch.xs, or .xs files in table/, api/, function/...)";

    /// <summary>
    /// The format of the workspace in <paramref name="folder"/>: workspace.json's <c>"format"</c> when it says, else
    /// XanoScript when the folder holds Xano's files (as <see cref="IsWorkspace"/> finds them), else JSON.
    /// </summary>
    public static Model.WorkspaceFormat FormatOf(string folder)
    {
        var info = Path.Combine(folder, PathLayout.WorkspaceFile);
        if (File.Exists(info))
        {
            try
            {
                var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(info));
                if (Formats.WorkspaceFormats.Detect(json, []) is { } said)
                {
                    return said;
                }
            }
            catch (Newtonsoft.Json.JsonException)
            {
                // validate reports a broken workspace.json; its format is then the one its files show.
            }
        }

        return HasXanoScript(folder) ? Model.WorkspaceFormat.XanoScript : Model.WorkspaceFormat.Json;
    }

    public static bool IsWorkspace(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        return File.Exists(Path.Combine(folder, PathLayout.WorkspaceFile)) || HasXanoScript(folder);
    }

    private static bool HasXanoScript(string folder)
    {
        if (File.Exists(Path.Combine(folder, PathLayout.BranchFile)) || File.Exists(Path.Combine(folder, "workspace.xs")))
        {
            return true;
        }

        var settings = Path.Combine(folder, "workspace");
        if (Directory.Exists(settings) && Directory.EnumerateFiles(settings, "*" + PathLayout.XanoScriptExtension).Any())
        {
            return true;
        }

        return MarkingFolders.Any(name => Directory.Exists(Path.Combine(folder, name))
            && Directory.EnumerateFiles(Path.Combine(folder, name), "*" + PathLayout.XanoScriptExtension, SearchOption.AllDirectories).Any());
    }
}
