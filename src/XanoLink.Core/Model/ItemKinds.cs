namespace XanoLink.Model;

/// <summary>
/// Per-kind facts: the item key prefix, the manifest's include key, the folder the JSON files live in, the XanoScript
/// construct and the folder Xano's CLI writes it to (docs/format.md, docs/xanoscript.md).
/// </summary>
public static class ItemKinds
{
    private static readonly KindFacts[] Facts =
    [
        new(ItemKind.Table, "table", "tables", "tables", "table", "Tables", "table", "table"),
        new(ItemKind.ApiGroup, "apigroup", "apigroups", "apis", "API group", "API groups", "api_group", "api"),
        new(ItemKind.Api, "api", "apis", "apis", "API endpoint", "API endpoints", "query", "api"),
        new(ItemKind.Function, "function", "functions", "functions", "function", "Functions", "function", "function"),
        new(ItemKind.Addon, "addon", "addons", "addons", "addon", "Addons", "addon", "addon"),
        new(ItemKind.Task, "task", "tasks", "tasks", "task", "Tasks", "task", "task"),
        new(ItemKind.Trigger, "trigger", "triggers", "triggers", "trigger", "Triggers", "table_trigger", "table/trigger"),
        new(ItemKind.Middleware, "middleware", "middlewares", "middlewares", "middleware", "Middlewares", "middleware", "middleware"),
        new(ItemKind.Agent, "agent", "agents", "agents", "agent", "Agents", "agent", "ai/agent"),
        new(ItemKind.AgentTrigger, "agenttrigger", "agentTriggers", "agent-triggers", "agent trigger", "Agent triggers", "agent_trigger", "ai/agent/trigger"),
        new(ItemKind.Tool, "tool", "tools", "tools", "tool", "Tools", "tool", "ai/tool"),
        new(ItemKind.McpServer, "mcpserver", "mcpServers", "mcp-servers", "MCP server", "MCP servers", "mcp_server", "ai/mcp_server"),
        new(ItemKind.McpServerTrigger, "mcpservertrigger", "mcpServerTriggers", "mcp-server-triggers", "MCP server trigger", "MCP server triggers", "mcp_server_trigger", "ai/mcp_server/trigger"),
        new(ItemKind.WorkflowTest, "workflowtest", "workflowTests", "workflow-tests", "workflow test", "Workflow tests", "workflow_test", "workflow_test"),
        new(ItemKind.RealtimeChannel, "realtimechannel", "realtimeChannels", "realtime-channels", "realtime channel", "Realtime channels", "realtime_channel", "realtime/channel"),
        new(ItemKind.RealtimeTrigger, "realtimetrigger", "realtimeTriggers", "realtime-triggers", "realtime trigger", "Realtime triggers", "realtime_trigger", "realtime/trigger"),
        new(ItemKind.WorkspaceTrigger, "workspacetrigger", "workspaceTriggers", "workspace-triggers", "workspace trigger", "Workspace triggers", "workspace_trigger", "workspace/trigger"),
        new(ItemKind.Job, "job", "jobs", "jobs", "job", "Jobs", "run.job", "run/job"),
        new(ItemKind.Service, "service", "services", "services", "service", "Services", "run.service", "run/service"),
    ];

    public static IReadOnlyList<ItemKind> All { get; } = Enum.GetValues<ItemKind>();

    /// <summary>Kinds a manifest's <c>include</c> can name (API groups travel with their endpoints).</summary>
    public static IReadOnlyList<ItemKind> Includable { get; } =
    [
        ItemKind.Api, ItemKind.Function, ItemKind.Addon, ItemKind.Task, ItemKind.Trigger, ItemKind.Table, ItemKind.Middleware, ItemKind.Agent,
        ItemKind.AgentTrigger, ItemKind.Tool, ItemKind.McpServer, ItemKind.McpServerTrigger, ItemKind.WorkflowTest, ItemKind.RealtimeChannel,
        ItemKind.RealtimeTrigger, ItemKind.WorkspaceTrigger, ItemKind.Job, ItemKind.Service,
    ];

    public static string Prefix(this ItemKind kind) => Of(kind).Prefix;

    /// <summary>The key in the manifest's <c>include</c> object.</summary>
    public static string IncludeKey(this ItemKind kind) => Of(kind).IncludeKey;

    /// <summary>The top-level folder of the kind's JSON files.</summary>
    public static string Folder(this ItemKind kind) => Of(kind).Folder;

    /// <summary>Words a person uses: "table", "API group", "API endpoint".</summary>
    public static string DisplayName(this ItemKind kind) => Of(kind).DisplayName;

    /// <summary>The heading of a list of objects of this kind: "Tables", "API endpoints".</summary>
    public static string Title(this ItemKind kind) => Of(kind).Title;

    /// <summary>The XanoScript construct keyword that defines an object of this kind (<c>query</c> for an API endpoint).</summary>
    public static string Construct(this ItemKind kind) => Of(kind).Construct;

    /// <summary>The folder Xano's CLI (<c>xano workspace pull</c>) writes the kind's <c>.xs</c> files to.</summary>
    public static string XanoScriptFolder(this ItemKind kind) => Of(kind).XsFolder;

    /// <summary>The kind a XanoScript construct defines; <c>error_trigger</c> is a workspace trigger. False for <c>workspace</c>, <c>branch</c> and unknown keywords.</summary>
    public static bool TryParseConstruct(string construct, out ItemKind kind)
    {
        if (construct == "error_trigger")
        {
            kind = ItemKind.WorkspaceTrigger;
            return true;
        }

        foreach (var facts in Facts)
        {
            if (facts.Construct == construct)
            {
                kind = facts.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static bool TryParsePrefix(string prefix, out ItemKind kind)
    {
        foreach (var k in All)
        {
            if (k.Prefix() == prefix)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static bool TryParseIncludeKey(string key, out ItemKind kind)
    {
        foreach (var k in Includable)
        {
            if (k.IncludeKey() == key)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The workspace-relative path of an object's file in the JSON format.</summary>
    public static string PathOf(ItemKind kind, string name) => kind == ItemKind.ApiGroup
        ? $"apis/{name}/api-group.json"
        : $"{kind.Folder()}/{name}.json";

    private static KindFacts Of(ItemKind kind) =>
        (int)kind >= 0 && (int)kind < Facts.Length ? Facts[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind));

    private sealed record KindFacts(ItemKind Kind, string Prefix, string IncludeKey, string Folder, string DisplayName, string Title, string Construct, string XsFolder);
}
