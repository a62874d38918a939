using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Loading;

/// <summary>What a workspace-relative path holds, by format.md's and xanoscript.md's layouts.</summary>
internal enum FileRole
{
    Ignored,
    WorkspaceInfo,
    Manifest,
    Object,
    Records,
    Unknown,

    /// <summary>
    /// A XanoScript workspace's own settings (<c>workspace/NAME.xs</c>, <c>workspace.xs</c>, <c>branch.xs</c>): read for
    /// the workspace's identity, never published; a tenant keeps its own, as it keeps its workspace.json.
    /// </summary>
    Settings,
}

/// <param name="Exact">False for a XanoScript file outside Xano's CLI layout (<c>tables/11_order.xs</c>): its kind and
/// name come from its content, and <see cref="Kind"/> and <see cref="Name"/> are only the path's best guess.</param>
internal readonly record struct PathMeaning(FileRole Role, ItemKind Kind = default, string Name = "", bool Exact = true);

internal static class PathLayout
{
    public const string WorkspaceFile = "workspace.json";
    public const string ManifestFile = "xanolink.json";
    public const string RecordsSuffix = ".records.jsonl";
    public const string ApiGroupFile = "api-group.json";
    public const string XanoScriptExtension = ".xs";
    public const string BranchFile = "branch.xs";

    private static readonly string[] KindFolders = [.. ItemKinds.All.Select(k => k.Folder()).Distinct()];

    // Top-level folders .xs files are read from: Xano's CLI layout (table/, api/, ai/, ...), the VS Code extension's
    // (tables/, apis/, functions/, ...) and the older CLI's, which named folders after constructs (query/, api_group/).
    private static readonly HashSet<string> XanoScriptFolders = new(StringComparer.Ordinal)
    {
        "table", "api", "function", "addon", "task", "middleware", "ai", "workflow_test", "realtime", "workspace", "run",
        "tables", "apis", "functions", "addons", "tasks", "triggers", "middlewares", "agents", "tools", "mcp_servers", "workflow_tests",
        "query", "queries", "api_group", "api_groups", "table_trigger", "agent", "agent_trigger", "tool", "mcp_server", "mcp_server_trigger",
        "realtime_channel", "realtime_trigger", "workspace_trigger", "error_trigger", "run.job", "run.service",
    };

    // Xano's CLI layout, longest folder first so that table/trigger/ is a trigger, not a table.
    private static readonly (string Folder, ItemKind Kind)[] XanoScriptLayout =
        [.. ItemKinds.All.Where(k => k != ItemKind.ApiGroup).Select(k => (k.XanoScriptFolder() + "/", k)).OrderByDescending(f => f.Item1.Length)];

    // Where another layout puts a kind; only a guess until the file is read.
    private static readonly Dictionary<string, ItemKind> GuessedFolders = new(StringComparer.Ordinal)
    {
        ["tables"] = ItemKind.Table,
        ["apis"] = ItemKind.Api,
        ["query"] = ItemKind.Api,
        ["queries"] = ItemKind.Api,
        ["api_group"] = ItemKind.ApiGroup,
        ["api_groups"] = ItemKind.ApiGroup,
        ["functions"] = ItemKind.Function,
        ["addons"] = ItemKind.Addon,
        ["tasks"] = ItemKind.Task,
        ["triggers"] = ItemKind.Trigger,
        ["table_trigger"] = ItemKind.Trigger,
        ["middlewares"] = ItemKind.Middleware,
        ["agents"] = ItemKind.Agent,
        ["agent"] = ItemKind.Agent,
        ["agent_trigger"] = ItemKind.AgentTrigger,
        ["tools"] = ItemKind.Tool,
        ["tool"] = ItemKind.Tool,
        ["mcp_servers"] = ItemKind.McpServer,
        ["mcp_server"] = ItemKind.McpServer,
        ["mcp_server_trigger"] = ItemKind.McpServerTrigger,
        ["workflow_tests"] = ItemKind.WorkflowTest,
        ["realtime_channel"] = ItemKind.RealtimeChannel,
        ["realtime_trigger"] = ItemKind.RealtimeTrigger,
        ["workspace_trigger"] = ItemKind.WorkspaceTrigger,
        ["error_trigger"] = ItemKind.WorkspaceTrigger,
        ["run.job"] = ItemKind.Job,
        ["run.service"] = ItemKind.Service,
    };

    /// <summary>True for tables, functions, apis... themselves: the top-level folders objects live in.</summary>
    public static bool IsKindFolder(string path) => KindFolders.Contains(path) || XanoScriptFolders.Contains(path);

    /// <summary>The group folder of an endpoint's file (<c>api/GROUP/...</c>, <c>apis/GROUP/...</c>), or null.</summary>
    public static string? ApiGroupFolder(string path)
    {
        var parts = path.Split('/');
        return parts.Length >= 3 && parts[0] is "api" or "apis" ? parts[1] : null;
    }

    /// <summary>True for a <c>.xs</c> path: a XanoScript file.</summary>
    public static bool IsXanoScript(string path) => path.EndsWith(XanoScriptExtension, StringComparison.Ordinal);

    public static PathMeaning Classify(string path)
    {
        switch (path)
        {
            case WorkspaceFile:
                return new PathMeaning(FileRole.WorkspaceInfo);
            case ManifestFile:
                return new PathMeaning(FileRole.Manifest);
            case BranchFile or "workspace.xs":
                return new PathMeaning(FileRole.Settings);
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (IsXanoScript(path) && path.Length > XanoScriptExtension.Length)
            {
                // A top-level .xs file (a multidoc text, say): what it holds decides.
                return new PathMeaning(FileRole.Object, ItemKind.Function, path[..^XanoScriptExtension.Length], Exact: false);
            }

            // Top-level JSON files other than the two above would be silently ignored objects; anything else (README, project file) is the repository's business.
            return path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".jsonl", StringComparison.Ordinal)
                ? new PathMeaning(FileRole.Unknown)
                : new PathMeaning(FileRole.Ignored);
        }

        var folder = path[..slash];
        var rest = path[(slash + 1)..];
        if (IsXanoScript(path))
        {
            return XanoScriptFolders.Contains(folder) ? ClassifyXanoScript(path, folder, rest) : new PathMeaning(FileRole.Ignored);
        }

        if (folder == "table" && rest.EndsWith(RecordsSuffix, StringComparison.Ordinal) && rest.Length > RecordsSuffix.Length)
        {
            return new PathMeaning(FileRole.Records, ItemKind.Table, rest[..^RecordsSuffix.Length]);
        }

        if (!KindFolders.Contains(folder))
        {
            return new PathMeaning(FileRole.Ignored);
        }

        if (folder == "tables" && rest.EndsWith(RecordsSuffix, StringComparison.Ordinal) && rest.Length > RecordsSuffix.Length)
        {
            return new PathMeaning(FileRole.Records, ItemKind.Table, rest[..^RecordsSuffix.Length]);
        }

        if (!rest.EndsWith(".json", StringComparison.Ordinal) || rest.Length <= ".json".Length)
        {
            return new PathMeaning(FileRole.Unknown);
        }

        var name = rest[..^".json".Length];
        if (folder == "apis")
        {
            return ClassifyApi(rest, name);
        }

        return new PathMeaning(FileRole.Object, ItemKinds.All.First(k => k.Folder() == folder), name);
    }

    private static PathMeaning ClassifyApi(string rest, string name)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            // apis/x.json: an endpoint must sit in a group folder.
            return new PathMeaning(FileRole.Unknown);
        }

        var group = rest[..slash];
        return rest[(slash + 1)..] == ApiGroupFile
            ? new PathMeaning(FileRole.Object, ItemKind.ApiGroup, group)
            : new PathMeaning(FileRole.Object, ItemKind.Api, name);
    }

    private static PathMeaning ClassifyXanoScript(string path, string folder, string rest)
    {
        var stem = path[..^XanoScriptExtension.Length];
        if (folder == "workspace" && !rest.Contains('/', StringComparison.Ordinal))
        {
            return new PathMeaning(FileRole.Settings);
        }

        if (folder == "api")
        {
            var parts = stem.Split('/');
            if (parts.Length == 3 && (parts[2] == "api_group" || parts[2] == parts[1]))
            {
                return new PathMeaning(FileRole.Object, ItemKind.ApiGroup, parts[1], IsKeyName(parts[1]));
            }

            var exact = parts.Length >= 3 && parts[1..^1].All(IsKeyName) && IsEndpointLeaf(parts[^1]);
            return new PathMeaning(FileRole.Object, ItemKind.Api, stem["api/".Length..], exact);
        }

        foreach (var (prefix, kind) in XanoScriptLayout)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && stem.Length > prefix.Length)
            {
                var name = stem[prefix.Length..];
                return new PathMeaning(FileRole.Object, kind, name, name.Split('/').All(IsKeyName));
            }
        }

        var leaf = stem[(stem.LastIndexOf('/') + 1)..];
        var guess = GuessedFolders.GetValueOrDefault(folder, ItemKind.Function);
        return new PathMeaning(FileRole.Object, guess == ItemKind.Api && leaf == "api_group" ? ItemKind.ApiGroup : guess, stem[(folder.Length + 1)..], Exact: false);
    }

    // A segment that is its own key name.
    private static bool IsKeyName(string segment) => segment.Length > 0 && XanoScriptNames.Name(segment) == segment;

    // Xano's CLI names an endpoint's file LEAF_VERB.xs (the leaf in snake case, possibly empty; the verb as written).
    private static bool IsEndpointLeaf(string leaf)
    {
        var underscore = leaf.LastIndexOf('_');
        return underscore >= 0 && underscore < leaf.Length - 1 && leaf[(underscore + 1)..].All(char.IsAsciiLetterUpper)
            && (underscore == 0 || IsKeyName(leaf[..underscore]));
    }
}
