using Newtonsoft.Json.Linq;
using XanoLink.Model;

namespace XanoLink.Formats;

/// <summary>
/// Which format a workspace's files are in, known without reading them: workspace.json's <c>"format"</c> (which
/// <c>tenant create</c> writes), else its top-level folders (format.md's <c>tables/</c>, <c>apis/</c>... or Xano's
/// <c>table/</c>, <c>api/</c>...). A tenant takes snapshots in one format only.
/// </summary>
public static class WorkspaceFormats
{
    /// <summary>The value of workspace.json's "format" for a XanoScript workspace.</summary>
    public const string XanoScript = "xanoscript";

    private static readonly HashSet<string> JsonFolders = new(ItemKinds.All.Select(k => k.Folder()), StringComparer.Ordinal);

    private static readonly HashSet<string> XanoScriptFolders = new(
        ItemKinds.All.Select(k => k.XanoScriptFolder().Split('/')[0]).Where(f => !JsonFolders.Contains(f)),
        StringComparer.Ordinal);

    /// <summary>The name of a format in workspace.json and messages: "json" or "xanoscript".</summary>
    public static string Name(WorkspaceFormat format) => format == WorkspaceFormat.Json ? "json" : XanoScript;

    /// <summary>The format, or null when nothing tells (a tenant that has taken no snapshot yet).</summary>
    /// <param name="workspaceJson">The workspace's workspace.json, if any.</param>
    /// <param name="topLevel">The names at the top of the workspace folder.</param>
    public static WorkspaceFormat? Detect(JObject? workspaceJson, IEnumerable<string> topLevel)
    {
        switch (workspaceJson?["format"] is JValue { Type: JTokenType.String } f ? (string)f! : null)
        {
            case XanoScript:
                return WorkspaceFormat.XanoScript;
            case "json":
                return WorkspaceFormat.Json;
        }

        var names = topLevel.ToArray();
        if (names.Any(XanoScriptFolders.Contains))
        {
            return WorkspaceFormat.XanoScript;
        }

        return names.Any(JsonFolders.Contains) ? WorkspaceFormat.Json : null;
    }
}
